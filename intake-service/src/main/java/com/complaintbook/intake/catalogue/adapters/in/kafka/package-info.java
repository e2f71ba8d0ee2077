/** Reads the catalogue topic from its beginning, without a consumer group, into intake's memory. */
package com.complaintbook.intake.catalogue.adapters.in.kafka;
