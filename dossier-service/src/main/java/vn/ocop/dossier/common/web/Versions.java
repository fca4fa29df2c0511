package vn.ocop.dossier.common.web;

import vn.ocop.dossier.common.DossierRefusal;

/** ETag = the aggregate's version; PUT and PATCH must name the version they change (If-Match). */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: 428 when it is missing, 412 when it is not a version. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DossierRefusal.VersionRequired();
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new DossierRefusal.Stale();
        }
    }
}
