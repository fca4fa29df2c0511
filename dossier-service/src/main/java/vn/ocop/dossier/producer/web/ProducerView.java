package vn.ocop.dossier.producer.web;

import java.time.OffsetDateTime;
import vn.ocop.dossier.common.web.LocalTimes;
import vn.ocop.dossier.producer.Contact;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.ProducerKind;

/** A producer as shown to the people in its scope. */
public record ProducerView(
        String id,
        long version,
        ProducerKind kind,
        String name,
        String registrationNumber,
        String provinceCode,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName,
        String address,
        ContactView contact,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) {

    static ProducerView of(Producer p) {
        var l = p.location();
        Contact c = p.contact();
        return new ProducerView(
                p.id(),
                p.version(),
                p.kind(),
                p.name(),
                p.registrationNumber(),
                l.provinceCode(),
                l.districtCode(),
                l.districtName(),
                l.communeCode(),
                l.communeName(),
                p.address(),
                c == null ? null : new ContactView(c.name(), c.phone(), c.email()),
                LocalTimes.local(p.createdAt()),
                p.createdBy(),
                LocalTimes.local(p.updatedAt()),
                p.updatedBy());
    }

    /** The contact person. */
    public record ContactView(String name, String phone, String email) {}
}
