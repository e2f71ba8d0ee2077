/** Use cases around the aggregate: idempotent submission, request budgets, the customer's view. */
package com.complaintbook.intake.application;
