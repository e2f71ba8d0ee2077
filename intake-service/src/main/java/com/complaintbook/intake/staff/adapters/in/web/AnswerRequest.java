package com.complaintbook.intake.staff.adapters.in.web;

import com.complaintbook.contracts.SuggestionOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "Answer")
record AnswerRequest(
        @NotBlank @Size(max = 4000) String text,
        @Schema(description = "Required for a suggestion: accepted, declined or implemented; absent for a complaint")
        SuggestionOutcome outcome) {
}
