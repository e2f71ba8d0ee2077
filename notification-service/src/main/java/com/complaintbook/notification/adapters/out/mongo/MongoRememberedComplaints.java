package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.application.RememberedComplaints;
import com.complaintbook.notification.domain.RememberedComplaint;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Component
class MongoRememberedComplaints implements RememberedComplaints {

    private final MongoTemplate mongo;

    MongoRememberedComplaints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // One replacing upsert per complaint in one unordered bulk. The server may apply an unordered
    // bulk's writes in any order, so a complaint named twice is written once, as its last version.
    @Override
    public void remember(Collection<RememberedComplaint> complaints) {
        if (complaints.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, RememberedComplaintDocument.class,
                RememberedComplaintDocument.COLLECTION);
        complaints.stream()
                .collect(Collectors.toMap(RememberedComplaint::complaintId, Function.identity(), (earlier, later) -> later,
                        LinkedHashMap::new))
                .values()
                .forEach(complaint -> bulk.replaceOne(query(where("_id").is(complaint.complaintId())),
                        RememberedComplaintDocument.of(complaint), FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }

    @Override
    public Map<String, RememberedComplaint> recall(Collection<String> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(complaintIds)), RememberedComplaintDocument.class,
                        RememberedComplaintDocument.COLLECTION).stream()
                .map(RememberedComplaintDocument::toComplaint)
                .collect(Collectors.toMap(RememberedComplaint::complaintId, Function.identity()));
    }
}
