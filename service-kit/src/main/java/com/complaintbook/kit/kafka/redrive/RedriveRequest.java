package com.complaintbook.kit.kafka.redrive;

/**
 * The body of {@code POST /api/v1/admin/dead-letters/redrive}; every part optional.
 *
 * @param complaintId only this complaint's parked records
 * @param reason      only records parked for this refusal's type
 * @param dryRun      only count what would be re-driven
 */
public record RedriveRequest(String complaintId, String reason, Boolean dryRun) {
}
