package vn.ocop.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one caller may use an endpoint; the bucket's size and refill come from
 * {@code ocop.rate-limits.<bucket>.*}. Over the limit the API answers 429 with {@code Retry-After}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {
    /** The bucket name, e.g. {@code submission}, {@code upload}, {@code sms}. */
    String value();
}
