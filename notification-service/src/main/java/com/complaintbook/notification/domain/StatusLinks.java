package com.complaintbook.notification.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds the link where a customer follows their complaint, from a template with a
 * {@code {complaintId}} placeholder.
 */
public final class StatusLinks {

    static final String PLACEHOLDER = "{complaintId}";

    private final String template;

    public StatusLinks(String template) {
        this.template = Objects.requireNonNull(template, "template");
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("status link template must contain " + PLACEHOLDER + ": " + template);
        }
    }

    public String linkFor(String complaintId) {
        return template.replace(PLACEHOLDER, URLEncoder.encode(complaintId, StandardCharsets.UTF_8));
    }
}
