package com.complaintbook.reporting.adapters.in.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error of the API, ours and Spring's (an unparseable query parameter, say), as an
 * RFC 9457 problem detail.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
}
