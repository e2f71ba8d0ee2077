/** The publisher of the event store, and what watches it: metrics, readiness and liveness. */
package com.complaintbook.intake.publishing.config;
