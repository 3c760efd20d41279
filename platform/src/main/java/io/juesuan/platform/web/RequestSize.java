package io.juesuan.platform.web;

import io.juesuan.platform.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Before any route runs: a body must state its length (411 for a chunked one, which no endpoint needs) and be no
 * larger than {@link BodySize#LARGEST_BYTES} (413), answered as problems. Quarkus's own cap
 * ({@code quarkus.http.limits.max-body-size}) lies just above, as a last guard that answers without a body.
 */
@ApplicationScoped
public class RequestSize {

    private final EarlyRefusals refusals;

    RequestSize(EarlyRefusals refusals) {
        this.refusals = refusals;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String transfer = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (transfer != null && !transfer.isBlank() && !"identity".equalsIgnoreCase(transfer.strip())) {
            refusals.refuse(context, ProblemType.LENGTH_REQUIRED, "请求须有 Content-Length / send the body "
                    + "with a Content-Length, not in chunks");
            return;
        }
        long declared = declared(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > BodySize.LARGEST_BYTES) {
            refusals.refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "请求体过大：" + declared + " 字节，最多 "
                    + BodySize.LARGEST_BYTES + " 字节 / the body is " + declared + " bytes; no endpoint takes more than "
                    + BodySize.LARGEST_BYTES);
            return;
        }
        context.next();
    }

    /** The declared length; 0 when none is stated, and beyond any limit when it is no number. */
    static long declared(String contentLength) {
        if (contentLength == null) {
            return 0;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
