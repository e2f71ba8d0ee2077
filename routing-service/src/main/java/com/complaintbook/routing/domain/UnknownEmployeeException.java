package com.complaintbook.routing.domain;

/**
 * An event names an employee the org chart does not know, typically because the chart changed
 * since the complaint was assigned. Routing cannot decide who is next until the chart knows them.
 */
public class UnknownEmployeeException extends RuntimeException {

    public UnknownEmployeeException(String employeeId) {
        super("Employee '" + employeeId + "' is not in the org chart");
    }
}
