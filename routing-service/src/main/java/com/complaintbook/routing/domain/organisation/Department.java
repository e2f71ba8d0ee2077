package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.LocalizedText;

/**
 * A functional department, e.g. logistics or e-commerce.
 *
 * @param id   stable id
 * @param name display name
 */
public record Department(String id, LocalizedText name) {
}
