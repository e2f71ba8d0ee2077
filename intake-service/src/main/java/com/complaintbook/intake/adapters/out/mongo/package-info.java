/** intake's own MongoDB collections beside the Axon event store. */
package com.complaintbook.intake.adapters.out.mongo;
