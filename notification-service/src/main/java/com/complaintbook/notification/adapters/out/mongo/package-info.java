/**
 * MongoDB: remembered complaints (collection {@code remembered_complaints}), remembered escalations
 * ({@code remembered_escalations}) and delivery records ({@code deliveries}), each keyed by
 * {@code _id}. Uses only what both real MongoDB and the embedded wire-protocol server support;
 * correctness rests on the unique {@code _id} index alone.
 */
package com.complaintbook.notification.adapters.out.mongo;
