package com.complaintbook.kit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The token's {@value StaffRole#CLAIM} as authorities. Names this system does not know grant nothing:
 * an identity provider's other roles must not open a door by accident of spelling.
 */
final class StaffRolesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> roles = jwt.hasClaim(StaffRole.CLAIM) ? claimAsList(jwt) : List.of();
        return roles.stream()
                .map(StaffRole::fromClaimValue)
                .flatMap(Optional::stream)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    private static List<String> claimAsList(Jwt jwt) {
        try {
            List<String> roles = jwt.getClaimAsStringList(StaffRole.CLAIM);
            return roles == null ? List.of() : roles;
        } catch (IllegalArgumentException notAList) {
            return List.of();
        }
    }
}
