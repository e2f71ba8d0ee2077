package com.complaintbook.routing.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Outbound port: the compacted topic other services read the catalogue from. */
public interface CatalogueSink {

    /**
     * The compact JSON {@link #publish} writes for {@code entry}: what the version marker's digest is
     * computed over, so it must be exactly what readers will find in the record.
     */
    String json(Object entry);

    /**
     * Publishes the records in order and returns once every one is acknowledged. The version marker,
     * when there is one, goes out only after every other record of the call was acknowledged, so it
     * never stands on the topic for an entry that is not there.
     *
     * @param catalogueVersion the organisation version they belong to
     * @throws RuntimeException when some record was not acknowledged; publishing them all again is harmless
     */
    void publish(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt);

    /**
     * The keys the topic holds an entry for now (their latest record is not a tombstone), read up to
     * where the topic ended when asked; empty when the topic does not exist. The version marker's key
     * is not among them.
     *
     * @throws RuntimeException when the topic could not be read
     */
    Set<String> liveKeys();
}
