package com.complaintbook.notification.domain;

import com.complaintbook.contracts.Language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One thing one person is to be told: the letter's purpose, its recipient, their language and the
 * facts the letter shows. A fact that is not known is simply absent.
 *
 * @param purpose   why it is sent
 * @param recipient to whom
 * @param language  in which language
 * @param facts     what it shows
 */
public record Notice(Purpose purpose, Recipient recipient, Language language, Map<Fact, Object> facts) {

    public Notice {
        EnumMap<Fact, Object> known = new EnumMap<>(Fact.class);
        facts.forEach((fact, value) -> {
            if (value != null) {
                known.put(fact, value);
            }
        });
        facts = Collections.unmodifiableMap(known);
    }
}
