package com.complaintbook.routing.application;

import java.time.Instant;
import java.util.List;

/** Outbound port: the compacted topic other services read the catalogue from. */
public interface CatalogueSink {

    /**
     * Publishes the records in order and returns once every one is acknowledged.
     *
     * @param catalogueVersion the organisation version they belong to
     * @throws RuntimeException when some record was not acknowledged; publishing them all again is harmless
     */
    void publish(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt);
}
