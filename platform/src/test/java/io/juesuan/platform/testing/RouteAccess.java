package io.juesuan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route a service serves, as its OpenAPI document lists them, held to the service's access catalogue
 * ({@code routes.tsv}: method, path template, who) and then attacked: for each route, every kind of caller that must
 * be refused (no token, unsigned, forged, expired, not yet valid, issued in the future, wrong issuer, HS256 keyed
 * with the public key, claims of the wrong type, unknown roles, the wrong department, division or role) and every
 * other spelling of its path (department and year written otherwise, trailing and double slashes, capitals, matrix
 * parameters, percent-encoded letters, slashes and dots). A route that is not in the catalogue fails the check, so a
 * new endpoint is covered the day it appears; a route that lets a refused caller in, or answers 5xx, fails it too.
 */
public final class RouteAccess {

    /** Who may call a route, as the catalogue says. */
    public enum Access {
        /** Anyone, no token: published data only, and only reads. */
        PUBLIC,
        /** The department's discloser, a reviewer of its division, an admin. */
        DEPARTMENT,
        /** A reviewer of the department's division, an admin. */
        REVIEW,
        /** Reviewers and admins; the service then checks each item's department. */
        BATCH,
        /** Reviewers and admins; each reviewer sees only its own division's. */
        REVIEWERS,
        /** Admins only. */
        ADMIN,
        /** Admins and reviewers of a whole province (a division of two digits). */
        CATALOGUES
    }

    /** One route of the catalogue or of the OpenAPI document. */
    public record Route(String method, String template, Access access, String contentType) {

        String key() {
            return method + " " + template;
        }
    }

    public static final String DEPARTMENT = "350502001";
    private static final String OTHER_DEPARTMENT = "350602001";
    private static final String OTHER_DIVISION = "3506";
    private static final Map<String, String> SAMPLES = Map.of("departmentCode", DEPARTMENT, "year", "2020",
            "no", "01", "version", "1", "id", "1", "kind", "function-codes", "region", "35", "fromYear", "2020");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a check tried and what went wrong. */
    public record Report(int requests, List<String> violations) {
    }

    private RouteAccess() {
    }

    /**
     * The catalogue in a test resource, or in a file of another module's (the end-to-end tests read the services'):
     * lines of method, path template and access, tab-separated; # comments.
     */
    public static List<Route> catalogue(String resource) {
        try (InputStream in = Files.exists(Path.of(resource)) ? Files.newInputStream(Path.of(resource))
                : RouteAccess.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test class path");
            }
            List<Route> routes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                routes.add(new Route(cells[0], cells[1], Access.valueOf(cells[2].trim().toUpperCase()), null));
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of the OpenAPI document served at {@code /q/openapi}, with the media type its body takes. */
    public static List<Route> openApi(int port) {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/q/openapi?format=json", null, null, null);
        assertThat(answer.status()).as("the OpenAPI document").isEqualTo(200);
        JsonNode document = readTree(answer.body());
        List<Route> routes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD").contains(method)) {
                    continue;
                }
                Iterator<String> types = operation.getValue().path("requestBody").path("content").fieldNames();
                routes.add(new Route(method, path.getKey(), null, types.hasNext() ? types.next() : null));
            }
        }
        return routes;
    }

    /**
     * The catalogue and the document list the same routes, public ones are reads, and every route refuses every
     * caller and spelling it must refuse. Fails listing every violation; prints how many requests were tried.
     */
    public static Report check(int port, String catalogueResource) {
        return check(port, port, catalogueResource);
    }

    /**
     * The same, with the routes read from the service at {@code documentPort} and the requests sent to
     * {@code port}: the gateway's, for the paths it forwards to that service.
     */
    public static Report check(int documentPort, int port, String catalogueResource) {
        List<Route> served = openApi(documentPort);
        Map<String, Route> catalogue = new LinkedHashMap<>();
        catalogue(catalogueResource).forEach(route -> catalogue.put(route.key(), route));
        Set<String> servedKeys = served.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> undeclared = new TreeSet<>(servedKeys);
        undeclared.removeAll(catalogue.keySet());
        Set<String> gone = new TreeSet<>(catalogue.keySet());
        gone.removeAll(servedKeys);
        assertThat(undeclared).as("routes served but not declared in " + catalogueResource
                + ": say who may call each").isEmpty();
        assertThat(gone).as("routes declared in " + catalogueResource + " but not served").isEmpty();

        List<String> violations = new ArrayList<>();
        int requests = 0;
        for (Route route : served) {
            Route declared = catalogue.get(route.key());
            Route probe = new Route(route.method(), route.template(), declared.access(), route.contentType());
            if (probe.access() == Access.PUBLIC && !probe.method().equals("GET")) {
                violations.add(probe.key() + " is declared public but is not a read");
            }
            requests += attack(port, probe, violations);
        }
        System.out.printf("route access: %d routes, %d requests, %d violations%n", served.size(), requests,
                violations.size());
        assertThat(violations).as("refusals that did not hold").isEmpty();
        return new Report(requests, violations);
    }

    private static int attack(int port, Route route, List<String> violations) {
        int requests = 0;
        String path = fill(route.template());
        boolean open = route.access() == Access.PUBLIC;
        for (Map.Entry<String, String> caller : badTokens().entrySet()) {
            requests++;
            expect(route, path, caller.getKey(), send(port, route, path, caller.getValue()), Set.of(401), violations);
        }
        if (!open) {
            requests++;
            expect(route, path, "anonymous", send(port, route, path, null), Set.of(401), violations);
            for (Map.Entry<String, String> caller : outsiders(route.access()).entrySet()) {
                requests++;
                expect(route, path, caller.getKey(), send(port, route, path, caller.getValue()), Set.of(403),
                        violations);
            }
        }
        // every other spelling of the path: an admin finds nothing at a misspelt department or year, and no
        // spelling lets in a caller who is refused at the canonical one
        for (String spelling : identifierSpellings(route.template())) {
            requests++;
            expect(route, spelling, "admin", send(port, route, spelling, Tokens.admin()), Set.of(404), violations);
        }
        Map<String, String> refused = new LinkedHashMap<>();
        if (!open) {
            refused.put("anonymous", null);
            refused.putAll(outsiders(route.access()));
        }
        for (String spelling : structuralSpellings(path)) {
            for (Map.Entry<String, String> caller : refused.entrySet()) {
                requests++;
                RawHttp.Answer response = send(port, route, spelling, caller.getValue());
                if (response.status() < 400 || response.status() >= 500) {
                    violations.add(route.method() + " " + spelling + " as " + caller.getKey() + ": "
                            + response.status());
                }
            }
            requests++;
            RawHttp.Answer anyone = send(port, route, spelling, null);
            if (anyone.status() >= 500) {
                violations.add(route.method() + " " + spelling + " as anonymous: " + anyone.status());
            }
        }
        return requests;
    }

    private static void expect(Route route, String path, String caller, RawHttp.Answer response, Set<Integer> statuses,
                               List<String> violations) {
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (!statuses.contains(response.status())) {
            violations.add(route.method() + " " + path + " as " + caller + ": " + response.status()
                    + " instead of " + statuses);
        } else if (!contentType.startsWith("application/problem+json")) {
            violations.add(route.method() + " " + path + " as " + caller + ": " + response.status()
                    + " without a problem body (" + contentType + ")");
        }
    }

    private static RawHttp.Answer send(int port, Route route, String path, String token) {
        byte[] body = route.contentType() == null ? null
                : (route.contentType().contains("json") ? "{}" : "").getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, route.method(), path, token, route.contentType(), body);
    }

    private static String fill(String template) {
        String path = template;
        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
            path = path.replace("{" + sample.getKey() + "}", sample.getValue());
        }
        assertThat(path).as("a sample value for every parameter of " + template).doesNotContain("{");
        return path;
    }

    /** Tokens that must be refused wherever they are sent, public reads included: 401. */
    static Map<String, String> badTokens() {
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg=none admin", Tokens.unsigned(Tokens.claims("admin", null, null)));
        tokens.put("forged admin", Tokens.forged(Tokens.admin()));
        tokens.put("HS256 keyed with the public key", Tokens.hmacWithPublicKey(Tokens.claims("admin", null, null)));
        tokens.put("expired admin", Tokens.sign(Tokens.claims("admin", null, null).put("iat", now - 7200)
                .put("exp", now - 3600)));
        tokens.put("admin not valid before an hour from now", Tokens.sign(Tokens.claims("admin", null, null)
                .put("nbf", now + 3600)));
        tokens.put("admin issued in the future", Tokens.sign(Tokens.claims("admin", null, null).put("iat", now + 3600)));
        tokens.put("admin of another issuer", Tokens.sign(Tokens.claims("admin", null, null)
                .put("iss", "https://attacker.example")));
        tokens.put("groups as a string", Tokens.sign(Tokens.claims("admin", null, null).put("groups", "admin")));
        tokens.put("unknown role", Tokens.sign(Tokens.claims("superuser", null, null)));
        tokens.put("no groups", Tokens.sign(remove(Tokens.claims("admin", null, null), "groups")));
        tokens.put("no subject", Tokens.sign(remove(Tokens.claims("admin", null, null), "sub")));
        ObjectNode deptArray = Tokens.claims("discloser", null, null);
        deptArray.putArray("dept").add(DEPARTMENT);
        tokens.put("dept as an array", Tokens.sign(deptArray));
        tokens.put("dept as a number", Tokens.sign(Tokens.claims("discloser", null, null)
                .put("dept", Long.parseLong(DEPARTMENT))));
        ObjectNode deptObject = Tokens.claims("discloser", null, null);
        deptObject.putObject("dept").put("code", DEPARTMENT);
        tokens.put("dept as an object", Tokens.sign(deptObject));
        tokens.put("discloser without dept", Tokens.sign(Tokens.claims("discloser", null, null)));
        tokens.put("division as a number", Tokens.sign(Tokens.claims("reviewer", null, null).put("division", 3505)));
        tokens.put("division empty", Tokens.sign(Tokens.claims("reviewer", null, "")));
        tokens.put("dept with full-width digits", Tokens.sign(Tokens.claims("discloser", "３５０５０２００１", null)));
        return tokens;
    }

    private static ObjectNode remove(ObjectNode claims, String name) {
        claims.remove(name);
        return claims;
    }

    /** Valid tokens that this route's access refuses: 403. */
    static Map<String, String> outsiders(Access access) {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("discloser of another department", Tokens.discloser(OTHER_DEPARTMENT));
        if (access != Access.BATCH && access != Access.REVIEWERS) {
            callers.put("reviewer of another division", Tokens.reviewer(OTHER_DIVISION));
        }
        if (access != Access.DEPARTMENT) {
            callers.put("the department's own discloser", Tokens.discloser(DEPARTMENT));
        }
        if (access == Access.ADMIN || access == Access.CATALOGUES) {
            callers.put("reviewer of the department's division", Tokens.reviewer(DEPARTMENT.substring(0, 6)));
        }
        return callers;
    }

    /** The path with its department or year written any way but the canonical one. */
    static List<String> identifierSpellings(String template) {
        List<String> spellings = new ArrayList<>();
        for (String placeholder : List.of("{year}", "{fromYear}")) {
            if (!template.contains(placeholder)) {
                continue;
            }
            for (String year : List.of("02020", "002020", "+2020", "%2B2020", "2020.0", "%202020", "2020%00", "1999",
                    "2101", utf8("２０２０"), utf8("٢٠٢٠"), "2O20")) {
                spellings.add(fill(template.replace(placeholder, year)));
            }
        }
        if (template.contains("{departmentCode}")) {
            for (String code : List.of("35050200", "0350502001", "+350502001", "%2B350502001", "35050200l",
                    utf8("３５０５０２００１"), "350502001%20")) {
                spellings.add(fill(template.replace("{departmentCode}", code)));
            }
        }
        return spellings;
    }

    /** The path spelt with the tricks that used to slip past path-matching access rules. */
    static List<String> structuralSpellings(String path) {
        String[] segments = path.substring(1).split("/");
        String resource = segments[2];
        List<String> spellings = new ArrayList<>();
        spellings.add(path + "/");
        spellings.add("/" + path);
        spellings.add(path.replace("/api/v1/", "/api/v1//"));
        spellings.add(path.replace("/api/v1/", "/API/v1/"));
        spellings.add(path.replace("/" + resource, "/" + resource.toUpperCase()));
        spellings.add(path.replace("/" + resource, "/" + resource + ";x=1"));
        spellings.add(path + ";x=1");
        spellings.add(path.replace("/" + resource, "/%" + Integer.toHexString(resource.charAt(0)) + resource.substring(1)));
        spellings.add(path.replace("/" + resource, "/x/../" + resource));
        spellings.add(path.replace("/" + resource, "/x/%2e%2e/" + resource));
        int last = path.lastIndexOf('/');
        spellings.add(path.substring(0, last) + "%2F" + path.substring(last + 1));
        return spellings;
    }

    private static String utf8(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
