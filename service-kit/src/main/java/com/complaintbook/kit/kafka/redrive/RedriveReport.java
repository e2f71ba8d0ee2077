package com.complaintbook.kit.kafka.redrive;

/**
 * What a re-drive found and did. {@code selected = alreadyRedriven + notRedrivable + pending}, and after
 * a real run (not a dry run) {@code pending = republished + failed}.
 *
 * @param selected        parked records the selection matched
 * @param alreadyRedriven of those, records the ledger says were re-driven before: not published again
 * @param notRedrivable   of those, records that do not say where they came from (no
 *                        {@code kafka_dlt-original-topic} header): left parked
 * @param pending         of those, records this run re-drives (or, in a dry run, would)
 * @param republished     records published again to their original topic, acknowledged, and entered in the ledger
 * @param failed          records whose publication was not acknowledged in time; a later re-drive takes them again
 * @param dryRun          whether this was only a count: nothing was published
 */
public record RedriveReport(long selected, long alreadyRedriven, long notRedrivable, long pending, long republished,
                            long failed, boolean dryRun) {
}
