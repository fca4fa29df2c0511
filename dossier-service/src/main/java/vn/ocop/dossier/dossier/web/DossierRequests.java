package vn.ocop.dossier.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies: only the fields a client may set (status, scores and places are never among them). */
public final class DossierRequests {

    private DossierRequests() {}

    /** Opening a dossier. */
    public record CreateDossier(
            @NotBlank @Size(max = 20) String roundId,
            @NotBlank @Size(max = 40) String producerId,
            @NotBlank @Size(max = 200) String productName,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String productGroup,
            @Size(max = 4000) String description) {}

    /** The editable fields of a draft. */
    public record EditDossier(
            @NotBlank @Size(max = 200) String productName,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String productGroup,
            @Size(max = 4000) String description) {}

    /** Why the district returns the dossier for completion. */
    public record ReturnDossier(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons) {}

    /** A reason (withdrawal, deadline exception). */
    public record Reason(@NotBlank @Size(max = 500) String reason) {}
}
