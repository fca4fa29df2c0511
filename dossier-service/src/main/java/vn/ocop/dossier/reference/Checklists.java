package vn.ocop.dossier.reference;

import java.util.List;
import java.util.Optional;
import vn.ocop.dossier.common.DossierRefusal.UnknownReference;
import vn.ocop.dossier.dossier.Checklist;

/** The document types and the mandatory-document rules of every legal basis. */
public record Checklists(List<DocumentType> documentTypes, List<ChecklistRule> checklists) {

    public Checklists {
        documentTypes = List.copyOf(documentTypes);
        checklists = List.copyOf(checklists);
    }

    public Checklist checklistFor(String legalBasis, String sector, String group) {
        ChecklistRule rule = checklists.stream()
                .filter(c -> c.legalBasis().equals(legalBasis))
                .findFirst()
                .orElseThrow(() -> new UnknownReference("legalBasis", "has no checklist", "chưa có danh mục hồ sơ"));
        return new Checklist(rule.requiredFor(sector, group));
    }

    public Optional<DocumentType> documentType(String code) {
        return documentTypes.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
