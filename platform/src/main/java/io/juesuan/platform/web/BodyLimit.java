package io.juesuan.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest body a resource method takes, when it needs more than {@link BodySize#DEFAULT_BYTES} (a year's
 * batch, an import). Never more than {@code quarkus.http.limits.max-body-size}, which caps every request.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** In bytes. */
    long value();
}
