/** intake's own tables beside the Axon event store, in the same PostgreSQL database. */
package com.complaintbook.intake.submission.adapters.out.jdbc;
