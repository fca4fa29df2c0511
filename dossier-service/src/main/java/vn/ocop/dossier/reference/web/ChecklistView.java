package vn.ocop.dossier.reference.web;

import java.util.List;
import vn.ocop.dossier.reference.DocumentType;

/** The mandatory documents of a product group under a legal basis. */
public record ChecklistView(String legalBasis, String productGroup, String sector, List<DocumentType> required) {}
