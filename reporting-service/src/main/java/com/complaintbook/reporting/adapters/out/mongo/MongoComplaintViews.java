package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.application.ComplaintViews;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
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
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

/** Reads complaint views for the API; counts with {@code $match} and {@code $group} only. */
@Component
class MongoComplaintViews implements ComplaintViews {

    private final ReactiveMongoTemplate mongo;

    MongoComplaintViews(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<ComplaintView> find(String complaintId) {
        return mongo.findById(complaintId, ComplaintViewDocument.class, ComplaintViewDocument.COLLECTION)
                .map(ComplaintViewDocument::toView);
    }

    @Override
    public Mono<StatusCounts> countByStatus(SubmittedPeriod period) {
        List<AggregationOperation> stages = new ArrayList<>();
        if (!period.isUnbounded()) {
            Criteria submittedAt = Criteria.where("submittedAt");
            period.start().ifPresent(from -> submittedAt.gte(Date.from(from)));
            period.end().ifPresent(to -> submittedAt.lt(Date.from(to)));
            stages.add(match(submittedAt));
        }
        stages.add(group("status").count().as("count"));
        return mongo.aggregate(Aggregation.newAggregation(stages), ComplaintViewDocument.COLLECTION, Document.class)
                .filter(row -> row.get("_id") instanceof String)
                .collect(() -> new EnumMap<ComplaintStatus, Long>(ComplaintStatus.class),
                        (counts, row) -> counts.merge(ComplaintStatus.valueOf(row.getString("_id")),
                                ((Number) row.get("count")).longValue(), Long::sum))
                .map(counts -> new StatusCounts(Map.copyOf(counts)));
    }
}
