/** How submission's references read, from intake's settings. */
package com.complaintbook.intake.submission.config;
