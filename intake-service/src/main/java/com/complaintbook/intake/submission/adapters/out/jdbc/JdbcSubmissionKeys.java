package com.complaintbook.intake.submission.adapters.out.jdbc;

import com.complaintbook.intake.submission.application.SubmissionKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Claims live in {@code submission_key}, keyed by the client-scoped key. The insert yields to an
 * existing claim, and when that claim's transaction is still open it waits for its outcome: so of
 * two concurrent claims one is fresh and the other reads the committed winner.
 */
@Component
class JdbcSubmissionKeys implements SubmissionKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSubmissionKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Claim claim(String key, String fingerprint, String complaintId) {
        int inserted = jdbc.sql("""
                        INSERT INTO submission_key (scoped_key, complaint_id, fingerprint, claimed_at)
                        VALUES (:key, :complaintId, :fingerprint, :claimedAt)
                        ON CONFLICT (scoped_key) DO NOTHING""")
                .param("key", key)
                .param("complaintId", complaintId)
                .param("fingerprint", fingerprint)
                .param("claimedAt", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 1) {
            return new Claim(complaintId, fingerprint, true);
        }
        return find(key).orElseThrow(() -> new IllegalStateException("The claim of " + key + " vanished"));
    }

    @Override
    public Optional<Claim> find(String key) {
        return jdbc.sql("SELECT complaint_id, fingerprint FROM submission_key WHERE scoped_key = :key")
                .param("key", key)
                .query((row, number) -> new Claim(row.getString("complaint_id"), row.getString("fingerprint"), false))
                .optional();
    }
}
