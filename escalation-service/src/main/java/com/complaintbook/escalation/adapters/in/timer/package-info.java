/**
 * The thread that drives the timer scheduler, and the {@code timers} health contributor that reports
 * while due timers cannot be acted on.
 */
package com.complaintbook.escalation.adapters.in.timer;
