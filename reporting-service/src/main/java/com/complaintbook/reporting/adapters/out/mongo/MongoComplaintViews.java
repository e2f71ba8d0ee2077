package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.application.ComplaintViewPage;
import com.complaintbook.reporting.application.ComplaintViews;
import com.complaintbook.reporting.application.Paging;
import com.complaintbook.reporting.domain.ComplaintFilter;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import com.complaintbook.reporting.domain.NamedCount;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

/**
 * Reads complaint views for the API with plain queries, {@code $match}, {@code $sort} and {@code $group} only, so
 * the same code runs on real MongoDB and on the embedded wire-protocol server.
 */
@Component
class MongoComplaintViews implements ComplaintViews {

    /** Newest submission first; the id breaks ties, so the order is total and pages are stable. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.asc("_id"));

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
    public Mono<ComplaintView> findByReference(String reference) {
        return mongo.findOne(new Query(Criteria.where("reference").is(reference)), ComplaintViewDocument.class,
                        ComplaintViewDocument.COLLECTION)
                .map(ComplaintViewDocument::toView);
    }

    // The page and the total are two reads: a view changing in between can make them disagree by
    // that one complaint, which a list that is refreshed anyway can live with.
    @Override
    public Mono<ComplaintViewPage> list(ComplaintFilter filter, Paging paging) {
        Query page = new Query(criteria(filter)).with(NEWEST_FIRST).skip(paging.offset()).limit(paging.size());
        Mono<List<ComplaintView>> items = mongo.find(page, ComplaintViewDocument.class, ComplaintViewDocument.COLLECTION)
                .map(ComplaintViewDocument::toView)
                .collectList();
        Mono<Long> total = mongo.count(new Query(criteria(filter)), ComplaintViewDocument.COLLECTION);
        return Mono.zip(items, total, (views, count) -> new ComplaintViewPage(views, paging, count));
    }

    @Override
    public Flux<ComplaintView> all(ComplaintFilter filter) {
        return mongo.find(new Query(criteria(filter)).with(NEWEST_FIRST), ComplaintViewDocument.class,
                        ComplaintViewDocument.COLLECTION)
                .map(ComplaintViewDocument::toView);
    }

    @Override
    public Mono<StatusCounts> countByStatus(SubmittedPeriod period) {
        List<AggregationOperation> stages = within(period);
        stages.add(group("status").count().as("count"));
        return mongo.aggregate(Aggregation.newAggregation(stages), ComplaintViewDocument.COLLECTION, Document.class)
                .filter(row -> row.get("_id") instanceof String)
                .collect(() -> new EnumMap<ComplaintStatus, Long>(ComplaintStatus.class),
                        (counts, row) -> counts.merge(ComplaintStatus.valueOf(row.getString("_id")),
                                ((Number) row.get("count")).longValue(), Long::sum))
                .map(counts -> new StatusCounts(Map.copyOf(counts)));
    }

    @Override
    public Mono<List<NamedCount>> countByStore(SubmittedPeriod period) {
        return countBy("storeId", "storeName", period);
    }

    @Override
    public Mono<List<NamedCount>> countByCategory(SubmittedPeriod period) {
        return countBy("category", "categoryName", period);
    }

    // Two aggregations: the counts within the period, and each id's latest name over every view, so
    // a period of old complaints still shows today's name. "Latest" is by submission, the lowest id
    // breaking ties, which the views alone decide: a replay rebuilds the same names. Newest first, as
    // the index {submittedAt: -1, _id: 1} is ordered, so the sort reads the index instead of sorting
    // every view in memory.
    private Mono<List<NamedCount>> countBy(String idField, String nameField, SubmittedPeriod period) {
        List<AggregationOperation> counting = within(period);
        counting.add(group(idField).count().as("count"));
        Mono<Map<String, Long>> counts = mongo.aggregate(Aggregation.newAggregation(counting),
                        ComplaintViewDocument.COLLECTION, Document.class)
                .filter(row -> row.get("_id") instanceof String)
                .collectMap(row -> row.getString("_id"), row -> ((Number) row.get("count")).longValue());
        Mono<Map<String, LocalizedText>> names = mongo.aggregate(Aggregation.newAggregation(
                                match(Criteria.where(nameField).exists(true)),
                                sort(NEWEST_FIRST),
                                group(idField).first(nameField).as("name")),
                        ComplaintViewDocument.COLLECTION, Document.class)
                .filter(row -> row.get("_id") instanceof String && row.get("name") instanceof Document)
                .collectMap(row -> row.getString("_id"), row -> localized(row.get("name", Document.class)));
        return Mono.zip(counts, names, (countsById, namesById) -> countsById.entrySet().stream()
                .map(count -> new NamedCount(count.getKey(), namesById.get(count.getKey()), count.getValue()))
                .sorted(Comparator.comparingLong(NamedCount::count).reversed().thenComparing(NamedCount::id))
                .toList());
    }

    private static LocalizedText localized(Document name) {
        return new LocalizedText(name.getString("ru"), name.getString("uk"), name.getString("en"));
    }

    private static List<AggregationOperation> within(SubmittedPeriod period) {
        List<AggregationOperation> stages = new ArrayList<>();
        if (!period.isUnbounded()) {
            Criteria submittedAt = Criteria.where("submittedAt");
            period.start().ifPresent(from -> submittedAt.gte(Date.from(from)));
            period.end().ifPresent(to -> submittedAt.lt(Date.from(to)));
            stages.add(match(submittedAt));
        }
        return stages;
    }

    private static Criteria criteria(ComplaintFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            all.add(Criteria.where("status").in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.assigneeId() != null) {
            all.add(Criteria.where("assignee.employeeId").is(filter.assigneeId()));
        }
        if (filter.storeId() != null) {
            all.add(Criteria.where("storeId").is(filter.storeId()));
        }
        if (filter.category() != null) {
            all.add(Criteria.where("category").is(filter.category()));
        }
        if (filter.reference() != null) {
            all.add(Criteria.where("reference").is(filter.reference()));
        }
        // A lone criterion stays a plain field query, which the embedded server can answer from the
        // unique reference index; wrapped in $and it would scan.
        if (all.size() == 1) {
            return all.get(0);
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
