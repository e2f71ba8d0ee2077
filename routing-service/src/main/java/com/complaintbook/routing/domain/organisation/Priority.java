package com.complaintbook.routing.domain.organisation;

/** How urgent complaints about a category are; the SLA may give urgent ones shorter periods. */
public enum Priority {
    NORMAL,
    HIGH,
    URGENT
}
