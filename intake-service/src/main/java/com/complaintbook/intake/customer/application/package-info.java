/** The customer's view of their complaint, read from its stream in the event store. */
package com.complaintbook.intake.customer.application;
