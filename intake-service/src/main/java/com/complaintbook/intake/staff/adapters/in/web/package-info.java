/** Staff answering and rejecting the complaints they are responsible for. */
package com.complaintbook.intake.staff.adapters.in.web;
