/**
 * The ops read API over recorded deadlines, under {@code /api/v1/deadlines}. Errors are RFC 9457
 * problem details ({@code application/problem+json}).
 */
package com.complaintbook.escalation.adapters.in.web;
