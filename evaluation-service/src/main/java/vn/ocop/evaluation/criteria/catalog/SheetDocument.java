package vn.ocop.evaluation.criteria.catalog;

import java.math.BigDecimal;
import java.util.List;

/** The JSON shape of a criteria sheet (docs/criteria-sheet-format.md); every field may be absent here. */
record SheetDocument(
        String id,
        Integer version,
        String legalBasis,
        Text title,
        Boolean sample,
        List<String> productGroups,
        List<PartDoc> parts) {

    record Text(String vi, String en) {}

    record PartDoc(String code, Text title, BigDecimal maxPoints, List<CriterionDoc> criteria) {}

    record CriterionDoc(
            String code, Text topic, Text text, Boolean mandatory, Integer guardsStars, List<OptionDoc> options) {}

    record OptionDoc(String code, Text text, BigDecimal points, Boolean failsMandatory) {}
}
