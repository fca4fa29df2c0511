package vn.ocop.dossier.reference.web;

import vn.ocop.dossier.reference.DocumentType;

import java.util.List;

/** The mandatory documents of a product group under a legal basis. */
public record ChecklistView(String legalBasis, String productGroup, String sector, List<DocumentType> required) {
}
