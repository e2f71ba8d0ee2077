package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.reporting.application.DeadlineStatistics;
import com.complaintbook.reporting.domain.DeadlineCounts;
import com.complaintbook.reporting.domain.EventPeriod;
import com.complaintbook.reporting.domain.MilestoneKind;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

/**
 * Counts the milestones of a period with {@code $match} and {@code $group} only, so the same code
 * runs on real MongoDB and on the embedded wire-protocol server.
 */
@Component
class MongoDeadlineStatistics implements DeadlineStatistics {

    private final ReactiveMongoTemplate mongo;

    MongoDeadlineStatistics(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<DeadlineCounts> count(EventPeriod period) {
        List<AggregationOperation> stages = new ArrayList<>();
        if (period.from() != null || period.to() != null) {
            Criteria happenedAt = Criteria.where(MilestoneDocument.HAPPENED_AT);
            period.start().ifPresent(from -> happenedAt.gte(Date.from(from)));
            period.end().ifPresent(to -> happenedAt.lt(Date.from(to)));
            stages.add(match(happenedAt));
        }
        stages.add(group(MilestoneDocument.KIND, MilestoneDocument.LEVEL, MilestoneDocument.AT_TOP,
                MilestoneDocument.CLOSURE_REASON).count().as("count"));
        return mongo.aggregate(Aggregation.newAggregation(stages), MilestoneDocument.COLLECTION, Document.class)
                .collect(Tally::new, Tally::add)
                .map(Tally::counts);
    }

    /** The groups' counts, added up as they arrive. */
    private static final class Tally {

        private final Map<Integer, Long> warnings = new HashMap<>();
        private final Map<Integer, Long> breaches = new HashMap<>();
        private final Map<ClosureReason, Long> closures = new EnumMap<>(ClosureReason.class);
        private long breachesAtTop;

        void add(Document row) {
            Document key = row.get("_id", Document.class);
            long count = ((Number) row.get("count")).longValue();
            MilestoneKind kind = MilestoneKind.valueOf(key.getString(MilestoneDocument.KIND));
            switch (kind) {
                case WARNING -> warnings.merge(level(key), count, Long::sum);
                case BREACH -> {
                    breaches.merge(level(key), count, Long::sum);
                    if (Boolean.TRUE.equals(key.getBoolean(MilestoneDocument.AT_TOP))) {
                        breachesAtTop += count;
                    }
                }
                case CLOSURE -> closures.merge(ClosureReason.valueOf(key.getString(MilestoneDocument.CLOSURE_REASON)),
                        count, Long::sum);
            }
        }

        DeadlineCounts counts() {
            return new DeadlineCounts(warnings, breaches, breachesAtTop, closures);
        }

        private static int level(Document key) {
            return ((Number) key.get(MilestoneDocument.LEVEL)).intValue();
        }
    }
}
