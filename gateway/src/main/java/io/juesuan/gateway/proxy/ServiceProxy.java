package io.juesuan.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.problem.RouteProblems;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One origin for frontends: the services' own paths are forwarded unchanged to the service that owns them, which
 * alone decides who may call them (the gateway only verifies the token and refuses paths not spelt canonically), and
 * their answers come back as they were given, status, headers and problem bodies included. Bodies stream through
 * in both directions; nothing is buffered or parsed here.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    /** Which service owns each first path segment after /api/v1/ (two for the services' own audit and outbox). */
    private static final Map<String, Function<Upstreams, URI>> OWNERS = Map.ofEntries(
            Map.entry("departments", Upstreams::accounts),
            Map.entry("catalogues", Upstreams::accounts),
            Map.entry("layout-profiles", Upstreams::accounts),
            Map.entry("final-accounts", Upstreams::accounts),
            Map.entry("evaluations", Upstreams::evaluation),
            Map.entry("procurement", Upstreams::procurement),
            Map.entry("audit/accounts", Upstreams::accounts),
            Map.entry("audit/evaluation", Upstreams::evaluation),
            Map.entry("audit/procurement", Upstreams::procurement),
            Map.entry("outbox/accounts", Upstreams::accounts),
            Map.entry("outbox/evaluation", Upstreams::evaluation),
            Map.entry("outbox/procurement", Upstreams::procurement));
    /** The paths routed here: those under the owners' first segments ({@link ForwardedPath} checks the rest). */
    static final String PATHS = "^/api/v1/(" + OWNERS.keySet().stream().map(owner -> owner.split("/")[0])
            .distinct().sorted().collect(Collectors.joining("|")) + ")(/.*)?$";

    /** Headers of one connection, not of the message (RFC 9110 §7.6.1): never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final Upstreams upstreams;
    private final ObjectMapper json;
    private final HttpClient client;

    ServiceProxy(Upstreams upstreams, ObjectMapper json, Vertx vertx) {
        this.upstreams = upstreams;
        this.json = json;
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
    }

    void routes(@Observes Router router) {
        router.routeWithRegex(PATHS).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest in = context.request();
        // the raw path, not the router's normalised one: what is forwarded is exactly what was checked
        ForwardedPath path = ForwardedPath.parse(in.path(), OWNERS.keySet()).orElse(null);
        if (path == null) {
            RouteProblems.send(context, json, ProblemType.NOT_FOUND,
                    "路径不存在 / no such path: paths are spelt in lowercase, without empty, dot or encoded segments");
            return;
        }
        URI upstream = OWNERS.get(path.owner()).apply(upstreams);
        in.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(upstream.getHost())
                .setPort(upstream.getPort())
                .setURI(in.query() == null ? path.path() : path.path() + "?" + in.query())
                .setIdleTimeout(upstreams.timeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(in.headers(), headers);
        options.setHeaders(headers);
        options.putHeader("X-Forwarded-For", in.remoteAddress() == null ? "" : in.remoteAddress().host());
        options.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
        options.putHeader("X-Forwarded-Proto", in.scheme());
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            options.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        }
        // a request without a length has no body (RequestSize refused chunked ones): none is sent, so that the
        // service does not see a chunked body of nothing, which it would refuse in turn
        client.request(options)
                .compose(out -> length != null ? out.send(in) : out.send())
                .onSuccess(response -> relay(response, context.response(), upstream))
                .onFailure(error -> unavailable(context, upstream, error));
    }


    private static void relay(HttpClientResponse from, HttpServerResponse to, URI upstream) {
        to.setStatusCode(from.statusCode());
        copyHeaders(from.headers(), to.headers());
        String location = from.getHeader(HttpHeaders.LOCATION);
        if (location != null && location.startsWith(upstream.toString())) {
            // the service names itself; the caller knows only the gateway
            to.putHeader(HttpHeaders.LOCATION, location.substring(upstream.toString().length()));
        }
        String length = from.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            to.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            to.setChunked(true);
        }
        from.pipeTo(to);
    }

    private void unavailable(RoutingContext context, URI upstream, Throwable error) {
        LOG.warnf("forwarding %s %s to %s failed: %s", context.request().method(), context.request().path(),
                upstream, error.getMessage());
        RouteProblems.send(context, json, ProblemType.UPSTREAM_UNAVAILABLE,
                "后端服务暂时无法处理请求，请稍后重试 / the service behind this path did not answer; try again later");
    }



    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (Map.Entry<String, String> header : from) {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }
}
