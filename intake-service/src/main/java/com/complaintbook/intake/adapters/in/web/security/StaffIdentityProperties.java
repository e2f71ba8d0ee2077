package com.complaintbook.intake.adapters.in.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How staff prove who they are: a JWT (HS256) whose subject is their employee id, signed with a
 * secret shared with the identity provider. For the local run intake can act as that provider
 * itself ({@code dev-issuer-enabled}); never switch that on elsewhere.
 *
 * @param issuer           the {@code iss} claim tokens must carry
 * @param hmacSecret       the signing secret, at least 32 characters
 * @param devIssuerEnabled serve {@code POST /api/v1/dev/staff-tokens}, which mints a token for any
 *                         employee id without a password
 * @param tokenValidity    lifetime of tokens minted by the development issuer
 */
@Validated
@ConfigurationProperties("complaintbook.intake.staff-identity")
public record StaffIdentityProperties(
        @NotBlank String issuer,
        @NotNull @Size(min = 32) String hmacSecret,
        boolean devIssuerEnabled,
        @NotNull Duration tokenValidity) {
}
