package com.complaintbook.intake.customer.adapters.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

@Schema(name = "NotSatisfied")
record NotSatisfiedRequest(@Size(max = 2000) String comment) {
}
