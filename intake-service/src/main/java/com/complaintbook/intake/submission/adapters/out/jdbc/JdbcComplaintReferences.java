package com.complaintbook.intake.submission.adapters.out.jdbc;

import com.complaintbook.intake.submission.application.ComplaintReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** References in {@code complaint_reference}, numbers from the {@code complaint_reference_number} sequence. */
@Component
class JdbcComplaintReferences implements ComplaintReferences {

    private final JdbcClient jdbc;

    JdbcComplaintReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextNumber() {
        return jdbc.sql("SELECT nextval('complaint_reference_number')").query(Long.class).single();
    }

    @Override
    public void record(String reference, String complaintId) {
        jdbc.sql("INSERT INTO complaint_reference (reference, complaint_id) VALUES (?, ?)")
                .params(reference, complaintId).update();
    }

    @Override
    public Optional<String> complaintOf(String reference) {
        return jdbc.sql("SELECT complaint_id FROM complaint_reference WHERE reference = ?")
                .param(reference).query(String.class).optional();
    }

    @Override
    public Optional<String> referenceOf(String complaintId) {
        return jdbc.sql("SELECT reference FROM complaint_reference WHERE complaint_id = ?")
                .param(complaintId).query(String.class).optional();
    }
}
