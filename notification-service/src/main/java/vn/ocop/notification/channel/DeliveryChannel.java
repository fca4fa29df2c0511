package vn.ocop.notification.channel;

/** The ways a notification reaches a person. Zalo may join later as a third channel. */
public enum DeliveryChannel {
    EMAIL,
    SMS
}
