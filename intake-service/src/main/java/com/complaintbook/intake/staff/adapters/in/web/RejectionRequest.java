package com.complaintbook.intake.staff.adapters.in.web;

import com.complaintbook.contracts.RejectionReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "Rejection")
record RejectionRequest(@NotNull RejectionReason reason, @Size(max = 2000) String comment) {
}
