package vn.ocop.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller, as its signed token describes it: who, which roles, and the scope those roles apply
 * to. Services build their query criteria from it so that out-of-scope objects are never read.
 */
public record OcopUser(
        String id,
        String name,
        Set<Role> roles,
        String producerId,
        String communeCode,
        String districtCode,
        String councilId,
        String unitCode) {

    public static final String CLAIM_ROLES = "roles";
    public static final String CLAIM_PRODUCER = "producer_id";
    public static final String CLAIM_COMMUNE = "commune_code";
    public static final String CLAIM_DISTRICT = "district_code";
    public static final String CLAIM_COUNCIL = "council_id";
    public static final String CLAIM_UNIT = "unit_code";

    public static OcopUser from(Jwt jwt) {
        return new OcopUser(
                jwt.getSubject(),
                jwt.getClaimAsString("name"),
                roles(jwt.getClaim(CLAIM_ROLES)),
                jwt.getClaimAsString(CLAIM_PRODUCER),
                jwt.getClaimAsString(CLAIM_COMMUNE),
                jwt.getClaimAsString(CLAIM_DISTRICT),
                jwt.getClaimAsString(CLAIM_COUNCIL),
                jwt.getClaimAsString(CLAIM_UNIT));
    }

    static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        for (Object v : values) {
            for (Role r : Role.values()) {
                if (r.name().equals(String.valueOf(v))) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Province-wide readers: the province officers and the platform operators. */
    public boolean provinceWide() {
        return hasAny(Role.PROVINCE_OFFICER, Role.OPERATOR);
    }
}
