package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;

import java.util.Objects;

/**
 * How many complaints one store or one category has, with the name people know it by.
 *
 * @param id    the store's or category's id
 * @param name  the latest display name a complaint about it carried, or {@code null} when every
 *              one was submitted before events carried names
 * @param count how many complaints
 */
public record NamedCount(String id, LocalizedText name, long count) {

    public NamedCount {
        Objects.requireNonNull(id, "id");
    }

    /** The name in {@code language}, or the id when there is none. */
    public String shownIn(Language language) {
        String text = name == null ? null : name.in(language);
        return text == null || text.isBlank() ? id : text;
    }
}
