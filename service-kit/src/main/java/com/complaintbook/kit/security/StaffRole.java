package com.complaintbook.kit.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a member of staff may do, as the identity provider states it in the token's {@value #CLAIM}
 * claim (an array of the lower-case names). Each service decides which roles each of its paths needs.
 */
public enum StaffRole {

    /** Answers and rejects the complaints assigned to them. */
    EMPLOYEE,
    /** Acts on complaints of the people below them and follows their deadlines. */
    MANAGER,
    /** Reads the read models and reports. */
    ANALYST,
    /** Operates the system: the admin APIs of every service. */
    ADMIN;

    /** The claim holding the roles. */
    public static final String CLAIM = "roles";

    /** The role's name in the token. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The authority Spring Security grants for the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authorities of these roles, for {@code hasAnyAuthority}. */
    public static String[] authorities(StaffRole... roles) {
        return Arrays.stream(roles).map(StaffRole::authority).toArray(String[]::new);
    }

    static Optional<StaffRole> fromClaimValue(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }
}
