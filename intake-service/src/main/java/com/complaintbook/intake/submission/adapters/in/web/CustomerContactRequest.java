package com.complaintbook.intake.submission.adapters.in.web;

import com.complaintbook.intake.domain.Contact;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How the customer may be reached; all optional. */
@Schema(name = "CustomerContact")
record CustomerContactRequest(
        @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone) {

    Contact toDomain() {
        return new Contact(blankToNull(name), blankToNull(email), blankToNull(phone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
