package vn.ocop.reporting.views;

import java.util.List;
import java.util.Map;

/**
 * The funnel of one round: dossiers that reached each stage ({@code byStatus}), where they stand now
 * ({@code currentStatus}), and the same counts by district, commune and product group.
 */
public record Funnel(
        String roundId,
        int total,
        Map<DossierStage, Integer> byStatus,
        Map<String, Integer> currentStatus,
        List<FunnelRow> byDistrict,
        List<FunnelRow> byCommune,
        List<FunnelRow> byProductGroup) {}
