package vn.ocop.dossier.producer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.dossier.producer.Contact;
import vn.ocop.dossier.producer.ProducerKind;
import vn.ocop.dossier.producer.application.ProducerDetails;

/** Request bodies: only the fields a client may set (no id, version, status or audit fields). */
public final class ProducerRequests {

    private ProducerRequests() {}

    /** The contact person of a producer. */
    public record ContactBody(
            @NotBlank @Size(max = 120) String name,

            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 .-]{7,18}")
            String phone,

            @Email @Size(max = 200) String email) {
        Contact toContact() {
            return new Contact(name.trim(), phone.trim(), email == null ? null : email.trim());
        }
    }

    /** Registration of a new producer. */
    public record RegisterProducer(
            @NotNull ProducerKind kind,
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{6,20}")
            String registrationNumber,

            @Pattern(regexp = "[0-9]{3}") String districtCode,
            @Pattern(regexp = "[0-9]{5}") String communeCode,
            @Size(max = 300) String address,
            @NotNull @Valid ContactBody contact) {
        ProducerDetails details() {
            return new ProducerDetails(kind, name.trim(), districtCode, communeCode, address, contact.toContact());
        }
    }

    /** The editable details of an existing producer. */
    public record UpdateProducer(
            @NotNull ProducerKind kind,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[0-9]{3}") String districtCode,
            @Pattern(regexp = "[0-9]{5}") String communeCode,
            @Size(max = 300) String address,
            @NotNull @Valid ContactBody contact) {
        ProducerDetails details() {
            return new ProducerDetails(kind, name.trim(), districtCode, communeCode, address, contact.toContact());
        }
    }
}
