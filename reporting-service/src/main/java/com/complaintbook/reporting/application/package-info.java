/**
 * What happens when a batch of events arrives (every
 * {@link com.complaintbook.reporting.application.Projection} is fed it, and the first event that is not
 * done is named) and the ports the read models are stored and queried through.
 */
package com.complaintbook.reporting.application;
