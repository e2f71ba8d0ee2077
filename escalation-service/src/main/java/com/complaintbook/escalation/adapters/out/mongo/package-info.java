/**
 * MongoDB side of escalation: one document per complaint in the {@code deadlines} collection,
 * changed only by conditional upserts guarded by the complaint's last applied sequence, plus a
 * {@code ping}-based health indicator.
 */
package com.complaintbook.escalation.adapters.out.mongo;
