/**
 * What happens when an event arrives (every {@link com.complaintbook.reporting.application.Projection}
 * is fed it) and the ports the read models are stored and queried through.
 */
package com.complaintbook.reporting.application;
