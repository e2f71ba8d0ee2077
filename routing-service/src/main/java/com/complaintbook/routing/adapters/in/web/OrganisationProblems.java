package com.complaintbook.routing.adapters.in.web;

import com.complaintbook.routing.adapters.document.UnreadableOrganisationException;
import com.complaintbook.routing.application.ConcurrentImportException;
import com.complaintbook.routing.application.NoOrganisationException;
import com.complaintbook.routing.application.VersionMismatchException;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Renders every error of the API, ours and Spring's, as an RFC 9457 problem detail. A refused
 * organisation lists every problem in {@code errors}, so one answer tells the admin all there is to fix.
 */
@RestControllerAdvice
class OrganisationProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidOrganisationException refused) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid organisation",
                refused.problems().size() + " problem(s); nothing was changed", refused.problems());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(UnreadableOrganisationException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable organisation document",
                "The document could not be read as an organisation; nothing was changed",
                List.of(unreadable.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> staleVersion(VersionMismatchException stale) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Not the current version", stale.getMessage(), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrent(ConcurrentImportException concurrent) {
        return problem(HttpStatus.CONFLICT, "Concurrent import", concurrent.getMessage(), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noOrganisation(NoOrganisationException none) {
        return problem(HttpStatus.NOT_FOUND, "No organisation", none.getMessage(), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badRequest(InvalidRequestException invalid) {
        return problem(invalid.status(), invalid.title(), invalid.getMessage(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         List<String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
