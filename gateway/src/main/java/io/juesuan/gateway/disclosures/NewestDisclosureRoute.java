package io.juesuan.gateway.disclosures;

import io.juesuan.gateway.web.CachedRead;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.RuntimeDelegate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The public's most frequent read, the newest version of a disclosure, answered on the event loop from
 * {@link NewestDocuments} when it holds the department-year: the same status, headers and bytes as
 * {@link DisclosureResource}, which answers everything else (and fills the cache as it does).
 */
@ApplicationScoped
class NewestDisclosureRoute {

    static final String PATH = "^/api/v1/disclosures/([0-9]{9})/([0-9]{4})$";
    private static final String CACHE_CONTROL =
            RuntimeDelegate.getInstance().createHeaderDelegate(CacheControl.class).toString(CachedRead.NEWEST);

    private final NewestDocuments documents;

    NewestDisclosureRoute(NewestDocuments documents) {
        this.documents = documents;
    }

    void routes(@Observes Router router) {
        router.getWithRegex(PATH).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        NewestDocuments.Entry entry = request.query() != null ? null : documents
                .get(context.pathParam("param0"), Integer.parseInt(context.pathParam("param1"))).orElse(null);
        if (entry == null) {
            context.next();
            return;
        }
        MultiMap headers = context.response().headers()
                .set(HttpHeaders.ETAG, entry.etag())
                .set(HttpHeaders.LAST_MODIFIED, entry.lastModified())
                .set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (notModified(request, entry)) {
            context.response().setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        context.response().end(entry.body());
    }

    /** RFC 9110 §13.1.2 and §13.1.3: If-None-Match (weak comparison) decides; If-Modified-Since only without it. */
    static boolean notModified(HttpServerRequest request, NewestDocuments.Entry entry) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || weak(candidate).equals(weak(entry.etag()))) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !entry.publishedAt().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
