package vn.ocop.notification.contact.application;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.ContactRules;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.unit.UnitDirectory;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.FieldProblem;

/**
 * Managing the contact directory: province officers and operators manage all of it, a district officer the contacts
 * of their own district (never province officers, never another district).
 */
@Service
public class ContactService {

    private static final int MAX_PAGE = 500;

    private final ContactStore store;

    public ContactService(ContactStore store) {
        this.store = store;
    }

    public List<Contact> list(OcopUser user, ContactRole role, Integer limit) {
        int size = limit == null ? 100 : Math.max(1, Math.min(limit, MAX_PAGE));
        return store.find(scope(user), role, size);
    }

    public Contact get(OcopUser user, String id) {
        return store.find(id, scope(user)).orElseThrow(() -> ApiProblem.notFound("contact", id));
    }

    /** Unmasked data only for province-wide readers and for the person the contact belongs to. */
    public boolean mayReveal(OcopUser user, Contact contact) {
        return user.provinceWide() || (contact.userId() != null && contact.userId().equals(user.id()));
    }

    public Contact create(OcopUser user, Contact contact) {
        validate(user, contact);
        try {
            store.insert(contact.withVersion(1));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("contact-exists", "A contact with this id already exists",
                    "Đã có liên hệ với mã này");
        }
        return contact.withVersion(1);
    }

    public Contact update(OcopUser user, String id, Contact changed, Long expectedVersion) {
        Contact current = get(user, id);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        validate(user, changed);
        Contact next = changed.withVersion(version + 1);
        store.replace(next, version);
        return next;
    }

    public void delete(OcopUser user, String id) {
        if (!store.delete(id, scope(user))) {
            throw ApiProblem.notFound("contact", id);
        }
    }

    private void validate(OcopUser user, Contact contact) {
        List<FieldProblem> problems = ContactRules.check(contact).stream()
                .map(v -> new FieldProblem(v.field(), v.reason(), v.reasonVi())).toList();
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        if (!user.provinceWide() && !withinDistrict(user, contact)) {
            throw ApiProblem.forbidden("A district officer manages only contacts of their own district",
                    "Cán bộ huyện chỉ quản lý liên hệ thuộc huyện mình");
        }
    }

    private static boolean withinDistrict(OcopUser user, Contact contact) {
        String district = user.districtCode();
        return user.has(Role.DISTRICT_OFFICER) && district != null
                && contact.role() != ContactRole.PROVINCE_OFFICER
                && district.equals(contact.districtCode())
                && (contact.unitCode() == null
                    || contact.unitCode().equals(UnitDirectory.DISTRICT_UNIT_PREFIX + district));
    }

    /** The caller's part of the directory, as query criteria: out-of-scope contacts answer 404. */
    static Criteria scope(OcopUser user) {
        if (user.provinceWide()) {
            return new Criteria();
        }
        if (user.has(Role.DISTRICT_OFFICER) && user.districtCode() != null) {
            return Criteria.where("districtCode").is(user.districtCode());
        }
        return Criteria.where("_id").is(null);
    }
}
