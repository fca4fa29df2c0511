package vn.ocop.platform.security;

/** The platform's roles, carried in the token's {@code roles} claim. */
public enum Role {
    PRODUCER,
    COMMUNE_OFFICER,
    DISTRICT_OFFICER,
    COUNCIL_MEMBER,
    PROVINCE_OFFICER,
    UNIT_REPORTER,
    OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
