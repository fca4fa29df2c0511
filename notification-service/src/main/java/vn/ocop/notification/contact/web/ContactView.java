package vn.ocop.notification.contact.web;

import java.util.List;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.Masking;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;

/** A contact as the API shows it; {@code masked} says whether e-mail and phone are hidden. */
public record ContactView(
        String id,
        String name,
        ContactRole role,
        String districtCode,
        String communeCode,
        String unitCode,
        String producerId,
        String email,
        String phone,
        List<DeliveryChannel> channels,
        String language,
        String userId,
        long version,
        boolean masked) {

    static ContactView of(Contact c, boolean reveal) {
        return new ContactView(
                c.id(),
                c.name(),
                c.role(),
                c.districtCode(),
                c.communeCode(),
                c.unitCode(),
                c.producerId(),
                reveal ? c.email() : Masking.email(c.email()),
                reveal ? c.phone() : Masking.phone(c.phone()),
                c.channels(),
                c.language().tag(),
                c.userId(),
                c.version(),
                !reveal);
    }
}
