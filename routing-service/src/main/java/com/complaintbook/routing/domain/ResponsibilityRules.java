package com.complaintbook.routing.domain;

/**
 * Who answers a newly submitted complaint. Today a category table; department-, store- or
 * role-based rules can take its place behind this interface.
 */
public interface ResponsibilityRules {

    /** The employee responsible for the complaint at level 0; never {@code null}: someone always is. */
    Employee responsibleFor(RoutableComplaint complaint);
}
