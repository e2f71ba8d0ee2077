/** Staff answering and rejecting the complaints they are responsible for. */
package com.complaintbook.intake.adapters.in.web.staff;
