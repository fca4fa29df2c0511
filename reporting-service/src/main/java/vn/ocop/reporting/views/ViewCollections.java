package vn.ocop.reporting.views;

/** Where the event-built views live; a rebuild writes to a fresh set and swaps it in. */
public record ViewCollections(String dossiers, String rounds) {

    public static final ViewCollections LIVE = new ViewCollections("dossier_views", "round_views");

    public ViewCollections withSuffix(String suffix) {
        return new ViewCollections(dossiers + suffix, rounds + suffix);
    }
}
