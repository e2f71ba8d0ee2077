package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.LocalizedText;

/**
 * A group of regions under one manager.
 *
 * @param id      stable id
 * @param name    display name
 * @param manager the position that manages it
 */
public record Division(String id, LocalizedText name, String manager) {
}
