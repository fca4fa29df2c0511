#!/usr/bin/env python3
"""Writes ocop-realm.json (Keycloak realm import) from the development issuer's demo users (infra/dev-identity), so
that staging tokens carry the same claims as the development token issuer's: roles (array), producer_id,
commune_code, district_code, council_id, unit_code, audience ocop-platform. No password is committed: every user
starts with the temporary password the operator gives Keycloak in OCOP_STAGING_INITIAL_PASSWORD (resolved by
Keycloak's import) and must choose their own at first sign-in; the portal client signs in with the authorization
code flow and PKCE only (no password grant). Run after editing demo-users.json; infra/check-deploy.sh fails when the
two drift. Usage: generate-realm.py [--check]"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEMO = HERE.parents[2] / "infra/dev-identity/src/main/resources/devidentity/demo-users.json"
OUT = HERE / "ocop-realm.json"
ROLES = ["PRODUCER", "COMMUNE_OFFICER", "DISTRICT_OFFICER", "COUNCIL_MEMBER", "PROVINCE_OFFICER", "UNIT_REPORTER",
         "OPERATOR"]
SCOPE_CLAIMS = ["producer_id", "commune_code", "district_code", "council_id", "unit_code"]
# a Keycloak import placeholder, filled from the container's environment: the value never enters the repository
INITIAL_PASSWORD = "${OCOP_STAGING_INITIAL_PASSWORD}"


def attribute_mapper(claim):
    return {"name": claim, "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
            "consentRequired": False,
            "config": {"user.attribute": claim, "claim.name": claim, "jsonType.label": "String",
                       "access.token.claim": "true", "id.token.claim": "false", "userinfo.token.claim": "true",
                       "introspection.token.claim": "true", "multivalued": "false"}}


def user_profile():
    attrs = [
        {"name": "username", "displayName": "${username}", "validations": {"length": {"min": 3, "max": 255}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "email", "displayName": "${email}", "validations": {"email": {}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "firstName", "displayName": "${firstName}", "permissions": {"view": ["admin", "user"],
         "edit": ["admin"]}, "multivalued": False},
        {"name": "lastName", "displayName": "${lastName}", "permissions": {"view": ["admin", "user"],
         "edit": ["admin"]}, "multivalued": False},
    ]
    # scope attributes are set by administrators only: a user who could edit district_code could widen their scope
    for claim in SCOPE_CLAIMS:
        attrs.append({"name": claim, "displayName": claim, "permissions": {"view": ["admin"], "edit": ["admin"]},
                      "multivalued": False})
    return json.dumps({"attributes": attrs, "groups": []}, ensure_ascii=False)


def realm(users):
    return {
        "realm": "ocop",
        "displayName": "OCOP Quảng Ngãi (staging)",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "editUsernameAllowed": False,
        "bruteForceProtected": True,
        "passwordPolicy": "length(12) and notUsername and notEmail",
        "accessTokenLifespan": 900,
        "defaultSignatureAlgorithm": "RS256",
        "internationalizationEnabled": True,
        "supportedLocales": ["vi", "en"],
        "defaultLocale": "vi",
        "roles": {"realm": [{"name": r, "description": "OCOP platform role " + r} for r in ROLES]},
        "clients": [
            {
                "clientId": "ocop-platform",
                "name": "OCOP platform APIs (audience only)",
                "enabled": True,
                "bearerOnly": True,
                "protocol": "openid-connect",
            },
            {
                "clientId": "ocop-portal",
                "name": "OCOP portals",
                "enabled": True,
                "publicClient": True,
                "protocol": "openid-connect",
                "standardFlowEnabled": True,
                # authorization code with PKCE only: a password grant would let any script collect passwords
                "directAccessGrantsEnabled": False,
                "implicitFlowEnabled": False,
                "redirectUris": ["http://localhost:*", "https://*.ocop.quangngai.gov.vn/*"],
                "webOrigins": ["+"],
                "attributes": {"pkce.code.challenge.method": "S256"},
                # only the seven platform roles reach the token, not Keycloak's default roles
                "fullScopeAllowed": False,
                "defaultClientScopes": ["basic", "profile", "email", "web-origins"],
                "protocolMappers": [
                    {"name": "audience ocop-platform", "protocol": "openid-connect",
                     "protocolMapper": "oidc-audience-mapper", "consentRequired": False,
                     "config": {"included.custom.audience": "ocop-platform", "access.token.claim": "true",
                                "id.token.claim": "false", "introspection.token.claim": "true"}},
                    {"name": "roles", "protocol": "openid-connect",
                     "protocolMapper": "oidc-usermodel-realm-role-mapper", "consentRequired": False,
                     "config": {"claim.name": "roles", "multivalued": "true", "jsonType.label": "String",
                                "access.token.claim": "true", "id.token.claim": "true",
                                "userinfo.token.claim": "true", "introspection.token.claim": "true"}},
                ] + [attribute_mapper(c) for c in SCOPE_CLAIMS],
            },
        ],
        "scopeMappings": [{"client": "ocop-portal", "roles": ROLES}],
        "components": {
            "org.keycloak.userprofile.UserProfileProvider": [{
                "providerId": "declarative-user-profile",
                "subComponents": {},
                "config": {"kc.user.profile.config": [user_profile()]},
            }],
        },
        "users": [
            {
                "username": u["username"],
                "enabled": True,
                "emailVerified": True,
                "email": u["username"] + "@demo.ocop.invalid",
                "firstName": u["name"],
                "lastName": "",
                "attributes": {c: [u[c]] for c in SCOPE_CLAIMS if u.get(c)},
                "realmRoles": u["roles"],
                "credentials": [{"type": "password", "value": INITIAL_PASSWORD, "temporary": True}],
                "requiredActions": ["UPDATE_PASSWORD"],
            }
            for u in users
        ],
    }


def main():
    users = json.loads(DEMO.read_text(encoding="utf-8"))["users"]
    text = json.dumps(realm(users), ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("ocop-realm.json is out of date with demo-users.json: run infra/compose/keycloak/generate-realm.py")
        return
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
