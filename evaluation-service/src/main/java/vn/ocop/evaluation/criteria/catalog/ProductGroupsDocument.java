package vn.ocop.evaluation.criteria.catalog;

import java.util.List;

/** The JSON shape of {@code criteria/product-groups.json}. */
record ProductGroupsDocument(List<Classification> classifications) {

    record Classification(String legalBasis, SheetDocument.Text note, List<SectorDoc> sectors) {}

    record SectorDoc(String code, SheetDocument.Text name, List<GroupDoc> groups) {}

    record GroupDoc(String code, SheetDocument.Text name) {}
}
