/**
 * Complaint views in MongoDB, collection {@code complaint_views}, one document per complaint with the
 * complaint id as {@code _id}. Written with one conditional upsert per event, a batch at a time in
 * unordered bulks, and read reactively for the API. Uses only what both real MongoDB and the embedded
 * wire-protocol server support.
 */
package com.complaintbook.reporting.adapters.out.mongo;
