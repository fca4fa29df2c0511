package vn.ocop.notification.subscription;

/**
 * The units an alert is about; a contact receives it when the unit its role covers is among them.
 * Any part may be null (a reporting alert has no producer, Lý Sơn has no commune).
 */
public record AlertScope(String districtCode, String communeCode, String producerId, String unitCode) {

    public static AlertScope ofUnit(String unitCode) {
        return new AlertScope(null, null, null, unitCode);
    }

    public static AlertScope ofDistrict(String districtCode) {
        return new AlertScope(districtCode, null, null, null);
    }
}
