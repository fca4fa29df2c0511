package vn.ocop.evaluation.criteria.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shape of {@code criteria/legal-bases.json}. */
record LegalBasesDocument(List<Entry> legalBases) {

    record Entry(
            String code,
            SheetDocument.Text title,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil,
            String criteriaBasis,
            Map<String, BigDecimal> partMaxima,
            List<Band> starBands,
            String firstLevel,
            BigDecimal forwardThreshold,
            Map<String, Set<Integer>> recognition,
            BigDecimal fiveStarProposal,
            Certificate certificate,
            SheetDocument.Text notes) {}

    record Band(int stars, BigDecimal from) {}

    record Certificate(int validityMonths, int expiryNoticeDays) {}
}
