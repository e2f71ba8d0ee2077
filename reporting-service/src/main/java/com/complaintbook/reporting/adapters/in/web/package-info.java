/**
 * The read-only HTTP API over the read models. Errors are RFC 9457 problem details
 * ({@code application/problem+json}).
 */
package com.complaintbook.reporting.adapters.in.web;
