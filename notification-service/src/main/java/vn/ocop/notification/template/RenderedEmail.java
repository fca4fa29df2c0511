package vn.ocop.notification.template;

/** An e-mail ready to send: one-line subject, plain-text body and escaped HTML body. */
public record RenderedEmail(String subject, String text, String html) {}
