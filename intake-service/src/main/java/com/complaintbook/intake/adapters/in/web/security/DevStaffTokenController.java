package com.complaintbook.intake.adapters.in.web.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * The local run's identity provider: a staff token for any employee id, no password. Exists only
 * when {@code complaintbook.intake.staff-identity.dev-issuer-enabled} is true (the local profile).
 */
@RestController
@ConditionalOnProperty(name = "complaintbook.intake.staff-identity.dev-issuer-enabled", havingValue = "true")
class DevStaffTokenController {

    private final StaffTokenIssuer issuer;

    DevStaffTokenController(StaffIdentityProperties identity, Clock clock) {
        this.issuer = new StaffTokenIssuer(identity, clock);
    }

    @PostMapping("/api/v1/dev/staff-tokens")
    @Operation(summary = "Local run only: a staff token for an employee id")
    StaffToken issue(@Valid @RequestBody StaffTokenRequest request) {
        return new StaffToken(issuer.issue(request.staffId()));
    }

    record StaffTokenRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String staffId) {
    }

    record StaffToken(String token) {
    }
}
