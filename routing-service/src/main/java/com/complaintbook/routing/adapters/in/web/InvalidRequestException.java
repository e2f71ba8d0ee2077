package com.complaintbook.routing.adapters.in.web;

import org.springframework.http.HttpStatus;

/** A request the API cannot take as it is: its status and title say why. */
class InvalidRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    InvalidRequestException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static InvalidRequestException notFound(String detail) {
        return new InvalidRequestException(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    static InvalidRequestException badParameter(String detail) {
        return new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid parameter", detail);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
