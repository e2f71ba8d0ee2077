/**
 * The organisation document as administrators write it, in YAML or JSON, read into and written from
 * the domain's {@link com.complaintbook.routing.domain.organisation.Organisation}: the admin API,
 * the organisation file read at start-up and the stored versions all use this one format, so an
 * exported document imports again unchanged.
 */
package com.complaintbook.routing.adapters.document;
