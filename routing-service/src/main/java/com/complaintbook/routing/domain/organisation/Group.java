package com.complaintbook.routing.domain.organisation;

import java.util.List;

/**
 * Staff who share complaints: each goes to the member with the fewest open ones.
 *
 * @param id      stable id, e.g. {@code kyiv-001-service-desk}
 * @param name    display name
 * @param members the people in it
 */
public record Group(String id, String name, List<String> members) {

    public Group {
        members = Organisation.listOf(members);
    }
}
