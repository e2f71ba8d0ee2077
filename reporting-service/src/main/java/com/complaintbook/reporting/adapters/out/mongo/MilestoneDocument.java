package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.domain.Milestone;
import org.bson.Document;

import java.util.Date;

/**
 * A milestone as stored in {@link #COLLECTION}: {@code _id} is {@code <complaintId>/<sequence>}, so
 * the unique {@code _id} index keeps one per event; enums as their names, like the views.
 */
final class MilestoneDocument {

    static final String COLLECTION = "milestones";
    static final String KIND = "kind";
    static final String LEVEL = "level";
    static final String AT_TOP = "atTop";
    static final String CLOSURE_REASON = "closureReason";
    static final String HAPPENED_AT = "happenedAt";

    private MilestoneDocument() {
    }

    static Document of(Milestone milestone) {
        Document document = new Document("_id", milestone.complaintId() + "/" + milestone.sequence())
                .append("complaintId", milestone.complaintId())
                .append("sequence", milestone.sequence())
                .append(KIND, milestone.kind().name())
                .append(HAPPENED_AT, Date.from(milestone.happenedAt()));
        if (milestone.level() != null) {
            document.append(LEVEL, milestone.level());
        }
        if (milestone.atTop()) {
            document.append(AT_TOP, true);
        }
        if (milestone.closureReason() != null) {
            document.append(CLOSURE_REASON, milestone.closureReason().name());
        }
        return document;
    }
}
