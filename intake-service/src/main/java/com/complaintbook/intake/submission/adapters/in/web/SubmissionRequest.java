package com.complaintbook.intake.submission.adapters.in.web;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a terminal or the website posts when a customer has written something. */
@Schema(name = "Submission")
record SubmissionRequest(
        @NotNull ComplaintKind kind,
        @NotNull Channel channel,
        @NotBlank @Size(max = 64) String storeId,
        @NotBlank @Size(max = 64) String category,
        @NotBlank @Size(max = SubmissionRequest.MAX_TEXT_LENGTH) String text,
        @Valid CustomerContactRequest customer,
        @Schema(description = "Language to write to the customer in; the store's default when absent")
        Language language) {

    static final int MAX_TEXT_LENGTH = 4000;
}
