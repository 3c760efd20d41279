package io.juesuan.gateway.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Every public read carries ETag, Last-Modified and Cache-Control, and answers a matching If-None-Match (or an
 * If-Modified-Since not older than the resource) with 304 before the body is loaded.
 */
public final class CachedRead {

    /** How long a shared cache may serve the newest version of something without asking again. */
    public static final CacheControl NEWEST = maxAge(60);
    /** A numbered version never changes. */
    public static final CacheControl IMMUTABLE = immutable();
    /** Lists and the change feed: cacheable, but revalidated on every use. */
    public static final CacheControl REVALIDATE = revalidate();

    private CachedRead() {
    }

    /**
     * A 304 when the client holds this tag, else 200 with the body the supplier gives; the supplier runs only
     * for the 200.
     */
    public static Response of(Request request, EntityTag tag, Instant lastModified, CacheControl cacheControl,
                              String mediaType, Supplier<Object> body) {
        Date modified = Date.from(lastModified);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body.get(), mediaType);
        return builder.tag(tag).lastModified(modified).cacheControl(cacheControl).build();
    }

    /** For a body with no version of its own, such as a page of a list: its tag is its hash. */
    public static Response ofBody(Request request, String body, Instant lastModified, CacheControl cacheControl,
                                  String mediaType) {
        return of(request, new EntityTag(sha256(body)), lastModified, cacheControl, mediaType, () -> body);
    }

    private static String sha256(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CacheControl maxAge(int seconds) {
        CacheControl cc = new CacheControl();
        cc.setMaxAge(seconds);
        cc.setNoTransform(false);
        cc.getCacheExtension().put("public", null);
        return cc;
    }

    private static CacheControl immutable() {
        CacheControl cc = maxAge(31_536_000);
        cc.getCacheExtension().put("immutable", null);
        return cc;
    }

    private static CacheControl revalidate() {
        CacheControl cc = maxAge(0);
        cc.setMustRevalidate(true);
        return cc;
    }
}
