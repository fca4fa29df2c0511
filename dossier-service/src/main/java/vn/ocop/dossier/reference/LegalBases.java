package vn.ocop.dossier.reference;

import java.time.LocalDate;
import java.util.List;
import vn.ocop.dossier.common.DossierRefusal.UnknownReference;

/** The legal bases as data, chosen by code or by date. */
public record LegalBases(List<LegalBasis> legalBases) {

    public LegalBases {
        legalBases = List.copyOf(legalBases);
    }

    public LegalBasis find(String code) {
        return legalBases.stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new UnknownReference(
                        "legalBasis", "is not a known legal basis", "không phải căn cứ pháp lý đã biết"));
    }

    public LegalBasis inForceOn(LocalDate day) {
        return legalBases.stream()
                .filter(b -> b.inForceOn(day))
                .findFirst()
                .orElseThrow(() -> new UnknownReference(
                        "legalBasis",
                        "no legal basis is in force on " + day,
                        "không có căn cứ pháp lý nào có hiệu lực vào ngày " + day));
    }
}
