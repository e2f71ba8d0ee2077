/** Submitting a complaint: idempotent by the caller's key, with the complaint's short reference. */
package com.complaintbook.intake.submission.application;
