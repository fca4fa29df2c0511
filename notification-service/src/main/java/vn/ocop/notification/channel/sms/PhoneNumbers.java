package vn.ocop.notification.channel.sms;

/** Phone numbers as the Vietnamese gateways expect them: digits only, 0xxxxxxxxx or 84xxxxxxxxx. */
final class PhoneNumbers {

    private PhoneNumbers() {}

    static String digitsOnly(String phone) {
        String compact = phone.replaceAll("[\\s.()-]", "");
        return compact.startsWith("+") ? compact.substring(1) : compact;
    }
}
