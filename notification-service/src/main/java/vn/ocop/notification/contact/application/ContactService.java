package vn.ocop.notification.contact.application;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.ocop.notification.common.NotificationRefusal;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.ContactRules;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.producer.KnownProducer;
import vn.ocop.notification.producer.application.ProducerDirectory;
import vn.ocop.notification.unit.UnitDirectory;
import vn.ocop.platform.refusal.Refusal.FieldError;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/**
 * Managing the contact directory: province officers and operators manage all of it, a district officer the contacts
 * of their own district (never province officers, never another district). Every scope field of a contact (district,
 * commune, unit, producer) is checked against the reference units and the producer registry, lies in the caller's
 * area and agrees with the others: otherwise one district's alerts could be routed to an address another chose.
 */
@Service
public class ContactService {

    private static final int MAX_PAGE = 500;

    private final ContactStore store;
    private final UnitDirectory units;
    private final ProducerDirectory producers;

    public ContactService(ContactStore store, UnitDirectory units, ProducerDirectory producers) {
        this.store = store;
        this.units = units;
        this.producers = producers;
    }

    public List<Contact> list(OcopUser user, ContactRole role, Integer limit) {
        int size = limit == null ? 100 : Math.max(1, Math.min(limit, MAX_PAGE));
        return store.find(scope(user), role, size);
    }

    public Contact get(OcopUser user, String id) {
        return store.find(id, scope(user)).orElseThrow(() -> new NotificationRefusal.NotFound("contact", id));
    }

    /** Unmasked data only for province-wide readers and for the person the contact belongs to. */
    public boolean mayReveal(OcopUser user, Contact contact) {
        return user.provinceWide()
                || (contact.userId() != null && contact.userId().equals(user.id()));
    }

    public Contact create(OcopUser user, Contact contact) {
        validate(user, contact);
        try {
            store.insert(contact.withVersion(1));
        } catch (DuplicateKeyException e) {
            throw new NotificationRefusal.Conflict(
                    "contact-exists", "A contact with this id already exists", "Đã có liên hệ với mã này");
        }
        return contact.withVersion(1);
    }

    public Contact update(OcopUser user, String id, Contact changed, Long expectedVersion) {
        Contact current = get(user, id);
        mayManage(user, current);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        validate(user, changed);
        Contact next = changed.withVersion(version + 1);
        store.replace(next, version);
        return next;
    }

    public void delete(OcopUser user, String id) {
        mayManage(user, get(user, id));
        if (!store.delete(id, scope(user))) {
            throw new NotificationRefusal.NotFound("contact", id);
        }
    }

    /** A stored contact a district officer sees may still name another district's commune, unit or producer. */
    private void mayManage(OcopUser user, Contact current) {
        if (!user.provinceWide()) {
            withinCallersDistrict(
                    user,
                    current,
                    current.producerId() == null
                            ? null
                            : producers.find(current.producerId()).orElse(null));
        }
    }

    private void validate(OcopUser user, Contact contact) {
        List<FieldError> problems = ContactRules.check(contact).stream()
                .map(v -> new FieldError(v.field(), v.reason(), v.reasonVi()))
                .toList();
        if (!problems.isEmpty()) {
            throw new NotificationRefusal.Invalid(problems);
        }
        KnownProducer producer = references(contact);
        if (!user.provinceWide()) {
            withinCallersDistrict(user, contact, producer);
        }
        consistent(contact, producer);
    }

    /** Every code must exist in the reference units, and the producer in the registry dossier-service announces. */
    private KnownProducer references(Contact c) {
        List<FieldError> problems = new ArrayList<>();
        if (c.districtCode() != null && !units.isDistrict(c.districtCode())) {
            problems.add(new FieldError(
                    "districtCode", "is not a district of Quảng Ngãi", "không phải mã huyện của tỉnh Quảng Ngãi"));
        }
        if (c.communeCode() != null && units.districtOfCommune(c.communeCode()) == null) {
            problems.add(new FieldError(
                    "communeCode", "is not a commune of Quảng Ngãi", "không phải mã xã của tỉnh Quảng Ngãi"));
        }
        if (c.unitCode() != null && !units.isUnit(c.unitCode())) {
            problems.add(new FieldError(
                    "unitCode",
                    "is not a reporting unit: a department of letter 878 or " + "DIST-<district code>",
                    "không phải đơn vị báo cáo: một sở, ngành theo Công văn 878 hoặc " + "DIST-<mã huyện>"));
        }
        if (!problems.isEmpty()) {
            throw new NotificationRefusal.Invalid(problems);
        }
        if (c.producerId() == null) {
            return null;
        }
        // 422, not 400: the producer may be registered a moment ago and its event not yet arrived, so a retry can pass
        return producers
                .find(c.producerId())
                .orElseThrow(() -> new NotificationRefusal.Unprocessable(
                        "unknown-producer",
                        "producerId " + c.producerId() + " is not a registered producer",
                        "producerId " + c.producerId() + " không phải chủ thể đã đăng ký",
                        new FieldError("producerId", "is not a registered producer", "không phải chủ thể đã đăng ký")));
    }

    /** A district officer's contacts lie wholly in their district: every scope field, not only districtCode. */
    private void withinCallersDistrict(OcopUser user, Contact c, KnownProducer producer) {
        String district = user.has(Role.DISTRICT_OFFICER) ? user.districtCode() : null;
        if (district == null) {
            throw new NotificationRefusal.Forbidden(
                    "Only province officers, operators and district officers manage contacts",
                    "Chỉ cán bộ tỉnh, vận hành viên và cán bộ huyện được quản lý liên hệ");
        }
        if (c.role() == ContactRole.PROVINCE_OFFICER) {
            throw outsideArea(
                    "role",
                    "a district officer cannot manage province officers' contacts",
                    "cán bộ huyện không quản lý liên hệ của cán bộ tỉnh");
        }
        if (!district.equals(c.districtCode())) {
            throw outsideArea(
                    "districtCode", "must be your district " + district, "phải là huyện của bạn (" + district + ")");
        }
        if (c.communeCode() != null && !district.equals(units.districtOfCommune(c.communeCode()))) {
            throw outsideArea("communeCode", "lies outside your district", "nằm ngoài huyện của bạn");
        }
        if (c.unitCode() != null && !c.unitCode().equals(UnitDirectory.DISTRICT_UNIT_PREFIX + district)) {
            throw outsideArea(
                    "unitCode",
                    "must be your district's unit " + UnitDirectory.DISTRICT_UNIT_PREFIX + district,
                    "phải là đơn vị của huyện bạn (" + UnitDirectory.DISTRICT_UNIT_PREFIX + district + ")");
        }
        if (producer != null && !district.equals(producer.districtCode())) {
            throw outsideArea("producerId", "is a producer outside your district", "là chủ thể ngoài huyện của bạn");
        }
    }

    /** Whoever writes it, a contact names one place: commune, unit and producer agree with its district. */
    private void consistent(Contact c, KnownProducer producer) {
        List<FieldError> problems = new ArrayList<>();
        String district = c.districtCode();
        if (c.communeCode() != null && district == null) {
            problems.add(new FieldError("districtCode", "is required with communeCode", "bắt buộc khi có mã xã"));
        } else if (c.communeCode() != null && !district.equals(units.districtOfCommune(c.communeCode()))) {
            problems.add(new FieldError(
                    "communeCode", "does not lie in district " + district, "không thuộc huyện " + district));
        }
        String unitDistrict = UnitDirectory.districtOfUnit(c.unitCode());
        if (unitDistrict != null && district != null && !unitDistrict.equals(district)) {
            problems.add(new FieldError(
                    "unitCode",
                    "is another district's unit than districtCode " + district,
                    "là đơn vị của huyện khác với huyện " + district));
        } else if (c.unitCode() != null && unitDistrict == null && district != null) {
            problems.add(new FieldError(
                    "districtCode",
                    "must be empty for a department's contact",
                    "phải để trống với liên hệ của sở, ngành"));
        }
        if (producer != null && district != null && !producer.districtCode().equals(district)) {
            problems.add(new FieldError(
                    "producerId",
                    "is a producer of another district than districtCode " + district,
                    "là chủ thể của huyện khác với huyện " + district));
        }
        if (producer != null
                && producer.communeCode() != null
                && c.communeCode() != null
                && !producer.communeCode().equals(c.communeCode())) {
            problems.add(new FieldError("communeCode", "is not the producer's commune", "không phải xã của chủ thể"));
        }
        if (!problems.isEmpty()) {
            throw new NotificationRefusal.Invalid(problems);
        }
    }

    private static NotificationRefusal outsideArea(String field, String reason, String reasonVi) {
        return new NotificationRefusal.Forbidden(
                "A district officer manages only contacts of their " + "own district: " + field + " " + reason,
                "Cán bộ huyện chỉ quản lý liên hệ thuộc huyện mình: " + field + " " + reasonVi,
                new FieldError(field, reason, reasonVi));
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
