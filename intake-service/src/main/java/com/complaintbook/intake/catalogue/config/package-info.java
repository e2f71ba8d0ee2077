/** Wires the catalogue reader: its own consumer, its readiness check. */
package com.complaintbook.intake.catalogue.config;
