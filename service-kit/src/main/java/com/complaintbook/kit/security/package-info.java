/**
 * Staff identity on every service's HTTP API: RS256 JWTs from the company's identity provider,
 * verified against its published keys (OIDC discovery and JWKS), with {@code exp}, issuer and
 * audience required, and roles ({@link com.complaintbook.kit.security.StaffRole}) from the
 * {@code roles} claim. Refusals are problem details: 401 without a valid token, 403 without the role.
 */
package com.complaintbook.kit.security;
