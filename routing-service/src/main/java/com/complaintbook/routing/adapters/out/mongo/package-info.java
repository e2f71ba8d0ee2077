/**
 * Routing's own MongoDB database: the organisation's versions and change events
 * ({@code organisation_versions}, {@code organisation_changes}), what routing decided for each
 * complaint and who has it open ({@code complaints}), and the groups' round-robin tickets
 * ({@code group_tickets}). Every write is guarded (insert once, a level pushed once, a sequence
 * compared), so a redelivered event or a second replica changes nothing twice; nothing relies on a
 * transaction, a TTL or a non-unique index.
 */
package com.complaintbook.routing.adapters.out.mongo;
