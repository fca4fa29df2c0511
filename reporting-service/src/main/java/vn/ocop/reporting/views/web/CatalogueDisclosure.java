package vn.ocop.reporting.views.web;

import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;
import vn.ocop.reporting.views.CatalogueItem;

/**
 * Which catalogue rows a signed-in caller sees in full: the internal fields (dossier and producer
 * ids, the score) only where the product lies in the caller's own scope; the recognising officer's
 * user id only to province-wide readers. Every other row shows what the public catalogue shows.
 * The decision is written down in docs/security.md ("What each role sees").
 */
final class CatalogueDisclosure {

    private final OcopUser user;

    CatalogueDisclosure(OcopUser user) {
        this.user = user;
    }

    boolean inScope(CatalogueItem item) {
        if (user.provinceWide()) {
            return true;
        }
        if (user.has(Role.DISTRICT_OFFICER)
                && user.districtCode() != null
                && user.districtCode().equals(item.districtCode())) {
            return true;
        }
        if (user.has(Role.COMMUNE_OFFICER)
                && user.communeCode() != null
                && user.communeCode().equals(item.communeCode())) {
            return true;
        }
        return user.has(Role.PRODUCER)
                && user.producerId() != null
                && user.producerId().equals(item.producerId());
    }

    boolean seesRecognisingOfficer() {
        return user.provinceWide();
    }
}
