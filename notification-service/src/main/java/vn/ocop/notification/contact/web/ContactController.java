package vn.ocop.notification.contact.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.application.ContactService;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;

/**
 * The contact directory. Addresses are masked unless the caller asks with {@code reveal=true} and may see them
 * (province officers, operators, the contact's own user).
 */
@RestController
@RequestMapping("/api/v1/contacts")
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'DISTRICT_OFFICER')")
class ContactController {

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "List contacts (masked) with filters by role and unit")
    @GetMapping
    List<ContactView> list(
            OcopUser user,
            @RequestParam(required = false) ContactRole role,
            @RequestParam(required = false) Integer limit,
            @RequestParam(defaultValue = "false") boolean reveal) {
        return contacts.list(user, role, limit).stream()
                .map(c -> view(user, c, reveal))
                .toList();
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Read one contact; ?reveal=true shows the address to the owner or the province")
    @GetMapping("/{id}")
    ContactView get(OcopUser user, @PathVariable String id, @RequestParam(defaultValue = "false") boolean reveal) {
        return view(user, contacts.get(user, id), reveal);
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Create a contact (province, or a district officer for its district)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ContactView create(OcopUser user, @Valid @RequestBody ContactRequest request) {
        String id = request.id() == null || request.id().isBlank()
                ? "ct-" + UUID.randomUUID().toString().substring(0, 13)
                : request.id().strip();
        return view(user, contacts.create(user, request.toContact(id)), true);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Update a contact (version in the body; 412 when stale)")
    @PutMapping("/{id}")
    ContactView update(OcopUser user, @PathVariable String id, @Valid @RequestBody ContactRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw ApiProblem.invalid("id", "must match the path", "phải trùng với mã trên đường dẫn");
        }
        return view(user, contacts.update(user, id, request.toContact(id), request.version()), true);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Delete a contact")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(OcopUser user, @PathVariable String id) {
        contacts.delete(user, id);
    }

    private ContactView view(OcopUser user, Contact contact, boolean reveal) {
        return ContactView.of(contact, reveal && contacts.mayReveal(user, contact));
    }
}
