/**
 * Complaint views in MongoDB, collection {@code complaint_views}, one document per complaint with the
 * complaint id as {@code _id}. Written with one conditional upsert per event, read reactively for the
 * API. Uses only what both real MongoDB and the embedded wire-protocol server support.
 */
package com.complaintbook.reporting.adapters.out.mongo;
