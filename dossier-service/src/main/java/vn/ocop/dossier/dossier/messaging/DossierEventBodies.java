package vn.ocop.dossier.dossier.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the dossier events: the common fields plus what each type adds. */
public final class DossierEventBodies {

    private DossierEventBodies() {}

    public record DossierSubmitted(@JsonUnwrapped DossierFields fields, boolean resubmission) {}

    public record DossierReturned(@JsonUnwrapped DossierFields fields, List<String> reasons) {}

    public record DossierAccepted(@JsonUnwrapped DossierFields fields) {}

    public record DossierForwarded(
            @JsonUnwrapped DossierFields fields,
            double districtScore,
            int districtStars,
            LocalDate districtDeadline,
            boolean late) {}

    public record DossierWithdrawn(@JsonUnwrapped DossierFields fields, String reason) {}
}
