package vn.ocop.notification.channel.sms;

/** Which brandname gateway carries SMS ({@code ocop.notification.sms.provider}). */
public enum SmsProvider {
    /** esms.vn (ViHAT), JSON API with ApiKey/SecretKey and a RequestId the provider de-duplicates on. */
    ESMS,
    /** speedsms.vn, JSON API with an access token in HTTP basic auth. */
    SPEEDSMS,
    /** No provider: messages are kept in memory (embedded default, tests, demos). */
    DEV
}
