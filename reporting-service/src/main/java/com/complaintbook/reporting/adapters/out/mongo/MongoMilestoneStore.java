package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.application.MilestoneStore;
import com.complaintbook.reporting.application.ProjectionResult;
import com.complaintbook.reporting.domain.Milestone;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a batch of milestones with one unordered insert: order does not matter, since a milestone
 * never changes once kept. A milestone already kept is refused by the unique {@code _id} and is the
 * "already applied" answer, with no read before the write.
 */
@Component
class MongoMilestoneStore implements MilestoneStore {

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoTemplate mongo;

    MongoMilestoneStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<ProjectionResult> keep(List<Milestone> milestones) {
        Set<Integer> alreadyKept = Set.of();
        try {
            mongo.getCollection(MilestoneDocument.COLLECTION)
                    .insertMany(milestones.stream().map(MilestoneDocument::of).toList(), UNORDERED);
        } catch (MongoBulkWriteException e) {
            alreadyKept = duplicates(e);
        }
        List<ProjectionResult> results = new ArrayList<>(milestones.size());
        for (int i = 0; i < milestones.size(); i++) {
            results.add(alreadyKept.contains(i) ? ProjectionResult.ALREADY_APPLIED : ProjectionResult.APPLIED);
        }
        return results;
    }

    // Anything but a duplicate key leaves the batch uncertain: it fails, to be tried again, and the
    // milestones it did keep are then the duplicates.
    private static Set<Integer> duplicates(MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null
                || e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
            throw e;
        }
        return e.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
    }
}
