package com.complaintbook.intake.web.adapters.in.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An API key as presented, then the client it belongs to once checked. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String SUBMITTER = "ROLE_SUBMITTER";

    private final String key;
    private final ApiClient client;

    private ApiKeyAuthentication(String key, ApiClient client) {
        super(client == null ? AuthorityUtils.NO_AUTHORITIES : AuthorityUtils.createAuthorityList(SUBMITTER));
        this.key = key;
        this.client = client;
        setAuthenticated(client != null);
    }

    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication(key, null);
    }

    static ApiKeyAuthentication of(ApiClient client) {
        return new ApiKeyAuthentication(null, client);
    }

    String key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }
}
