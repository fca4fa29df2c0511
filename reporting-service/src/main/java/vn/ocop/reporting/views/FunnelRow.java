package vn.ocop.reporting.views;

import java.util.Map;

/** Dossiers of one group (a district, a commune, a product group) and how many reached each stage. */
public record FunnelRow(String key, String label, int total, Map<DossierStage, Integer> reached) {

    public int count(DossierStage stage) {
        return reached.getOrDefault(stage, 0);
    }
}
