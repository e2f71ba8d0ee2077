/** What every slice's use cases share: budgets for requests, and keeping blocking work off the event loop. */
package com.complaintbook.intake.web.application;
