package com.complaintbook.intake.support;

import com.complaintbook.intake.domain.ComplaintEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.Optional;

/** What the event store holds, read straight from its table as an operator would. */
public final class StoredEvents {

    private final JdbcClient jdbc;

    public StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long all() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    public long of(String complaintId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(complaintId).query(Long.class).single();
    }

    /** Events of one of intake's stored types, named as in {@code ComplaintEvent}, e.g. {@code Submitted}. */
    public long ofType(String type) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?")
                .param(ComplaintEvent.class.getName() + "$" + type).query(Long.class).single();
    }

    /** The first event of a complaint: its event id and sequence number. */
    public Optional<Map<String, Object>> first(String complaintId) {
        return jdbc.sql("""
                        SELECT event_identifier, sequence_number FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number LIMIT 1""")
                .param(complaintId).query().listOfRows().stream().findFirst();
    }
}
