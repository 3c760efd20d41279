package io.juesuan.platform.web;

import io.juesuan.platform.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Limits, before any route runs, how often one caller may write (per bearer token, and per client address where the
 * caller's address is seen) and read the heavy paths (per client address): beyond its rate a request is a 429
 * problem with {@code Retry-After}. One caller's flood cannot take the service from the others.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimitSettings settings;
    private final EarlyRefusals refusals;
    private final RateLimiter tokenWrites;
    private final RateLimiter addressWrites;
    private final RateLimiter addressHeavyReads;

    RateLimits(RateLimitSettings settings, EarlyRefusals refusals) {
        this.settings = settings;
        this.refusals = refusals;
        this.tokenWrites = new RateLimiter(settings.tokenWritesPerMinute());
        this.addressWrites = new RateLimiter(settings.addressWritesPerMinute());
        this.addressHeavyReads = new RateLimiter(settings.addressHeavyReadsPerMinute());
    }

    void routes(@Observes Router router) {
        if (settings.enabled()) {
            router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        long now = System.nanoTime();
        String address = context.request().remoteAddress() == null ? "" : context.request().remoteAddress().host();
        long wait;
        if (WriteMethods.isWrite(context.request().method().name())) {
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            String token = authorization == null ? null : tokenKey(authorization);
            // a request refused by one limit takes nothing from the other
            wait = Math.max(token == null ? 0 : tokenWrites.waitFor(token, now), addressWrites.waitFor(address, now));
            if (wait == 0) {
                if (token != null) {
                    tokenWrites.take(token, now);
                }
                addressWrites.take(address, now);
            }
        } else if (heavy(context.normalizedPath())) {
            wait = addressHeavyReads.acquire(address, now);
        } else {
            wait = 0;
        }
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            refusals.refuse(context, ProblemType.TOO_MANY_REQUESTS, "请求过于频繁，请 " + seconds
                    + " 秒后重试 / too many requests: try again in " + seconds + " s");
            return;
        }
        context.next();
    }

    private boolean heavy(String path) {
        for (String prefix : settings.heavyPaths()) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A token is told apart by its signature; the whole header is not kept. */
    private static String tokenKey(String authorization) {
        int dot = authorization.lastIndexOf('.');
        String signature = dot < 0 ? authorization : authorization.substring(dot + 1);
        return signature.length() > 64 ? signature.substring(0, 64) : signature;
    }
}
