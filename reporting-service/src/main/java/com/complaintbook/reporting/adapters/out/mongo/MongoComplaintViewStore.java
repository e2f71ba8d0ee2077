package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.application.ComplaintViewStore;
import com.complaintbook.reporting.application.PartlyAppliedException;
import com.complaintbook.reporting.application.ProjectionResult;
import com.complaintbook.reporting.application.ReferenceTakenException;
import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ViewField;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a batch of changes as {@link GuardedUpsert}s, one unordered bulk per {@link WriteRounds
 * round}: a round trip per round instead of per change, and no two writes of a bulk that could
 * affect each other.
 *
 * <p>The bulk reports every write the unique indexes refused, by its position, and applies the
 * others (real MongoDB and the embedded server alike). A refusal by the {@code _id} index is the
 * guard's "already applied". The reference is unique too ({@link ComplaintViewIndexes}), so a refusal
 * of a change that sets a reference may instead mean that another complaint holds it; only those are
 * looked into, with one query per round, so every other refusal stays a write without a read.
 */
@Component
class MongoComplaintViewStore implements ComplaintViewStore {

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;

    MongoComplaintViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A complaint's changes after one that is refused are refused with it, unwritten: written, they
     * would move the view past the refused event, which then, parked and re-driven once its cause is
     * mended, would find its place taken and never be applied.
     */
    @Override
    public List<ProjectionResult> applyIfNewer(List<ComplaintViewChange> changes) {
        ProjectionResult[] results = new ProjectionResult[changes.size()];
        Map<String, ProjectionResult> refusedComplaints = new HashMap<>();
        WriteRounds rounds = WriteRounds.of(changes);
        for (int round = 0; round < rounds.count(); round++) {
            List<Integer> positions = new ArrayList<>();
            for (int position : rounds.round(round)) {
                ProjectionResult refusedBefore = refusedComplaints.get(changes.get(position).complaintId());
                if (refusedBefore != null) {
                    results[position] = refusedBefore;
                } else {
                    positions.add(position);
                }
            }
            try {
                List<ProjectionResult> written = write(positions.stream().map(changes::get).toList());
                for (int i = 0; i < positions.size(); i++) {
                    results[positions.get(i)] = written.get(i);
                    if (written.get(i).outcome() == ProjectionResult.Outcome.REFUSED) {
                        refusedComplaints.put(changes.get(positions.get(i)).complaintId(), written.get(i));
                    }
                }
            } catch (RuntimeException failure) {
                // This round may be partly written and the later ones are not; every change before
                // the first of them is in an earlier round, which is done.
                throw new PartlyAppliedException(
                        Arrays.asList(results).subList(0, rounds.firstPositionFrom(round)), failure);
            }
        }
        return List.of(results);
    }

    /** Writes changes of distinct views and distinct references as one unordered bulk. */
    private List<ProjectionResult> write(List<ComplaintViewChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Set<Integer> refused = Set.of();
        try {
            views().bulkWrite(changes.stream().map(GuardedUpsert::of).toList(), UNORDERED);
        } catch (MongoBulkWriteException e) {
            refused = refusedByUniqueIndexes(e);
        }
        Map<String, String> holders = holdersOf(refused.stream()
                .map(changes::get).map(MongoComplaintViewStore::referenceOf).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        ProjectionResult[] results = new ProjectionResult[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            results[i] = refused.contains(i) ? refusalOf(changes.get(i), holders) : ProjectionResult.APPLIED;
        }
        return List.of(results);
    }

    // A write concern error leaves every write of the bulk uncertain, and a write error other than a
    // duplicate key is no answer of the guard: either fails the round, to be tried again.
    private static Set<Integer> refusedByUniqueIndexes(MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null
                || e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
            throw e;
        }
        return e.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
    }

    private static ProjectionResult refusalOf(ComplaintViewChange change, Map<String, String> holders) {
        String reference = referenceOf(change);
        String holder = reference == null ? null : holders.get(reference);
        if (holder != null && !holder.equals(change.complaintId())) {
            return ProjectionResult.refused(new ReferenceTakenException(reference, change.complaintId()));
        }
        return ProjectionResult.ALREADY_APPLIED;
    }

    /** Which complaint's view holds each of {@code references}, for those some view holds. */
    private Map<String, String> holdersOf(Set<String> references) {
        Map<String, String> holders = new HashMap<>();
        if (!references.isEmpty()) {
            views().find(Filters.in("reference", references)).projection(Projections.include("reference"))
                    .forEach(view -> holders.put(view.getString("reference"), view.getString("_id")));
        }
        return holders;
    }

    private static String referenceOf(ComplaintViewChange change) {
        Object reference = change.values().get(ViewField.REFERENCE);
        return reference == null ? null : reference.toString();
    }

    private MongoCollection<Document> views() {
        return mongo.getCollection(ComplaintViewDocument.COLLECTION);
    }
}
