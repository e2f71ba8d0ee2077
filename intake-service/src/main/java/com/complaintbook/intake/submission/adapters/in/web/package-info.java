/** The public write API: submissions from store terminals and the website. */
package com.complaintbook.intake.submission.adapters.in.web;
