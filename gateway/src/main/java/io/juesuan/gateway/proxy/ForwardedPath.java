package io.juesuan.gateway.proxy;

import java.util.Optional;
import java.util.Set;

/**
 * The path of a request the gateway forwards, as it was sent, accepted only in its one canonical spelling: the
 * services' paths are lowercase ASCII words, hyphens and digits between single slashes. Empty segments, dot
 * segments, percent-encoding (of a slash, a dot or a letter), matrix parameters, a trailing slash, capitals and
 * numbers with a sign or a needless leading zero are refused, so the path the gateway forwards is the path it
 * checked, and the owning service decides access on exactly that.
 *
 * @param owner what names the service that owns the path: the first segment after {@code /api/v1/}, or the first
 *              two for a service's own audit log or outbox ({@code audit/accounts}, {@code outbox/accounts})
 * @param path  the path to forward, identical to the one received
 */
record ForwardedPath(String owner, String path) {

    private static final String PREFIX = "/api/v1/";
    /** First segments whose second names the service: each service serves its own under them. */
    private static final Set<String> PER_SERVICE = Set.of("audit", "outbox");

    /** The path when it is canonical and its first segment is one of {@code owners}; empty otherwise. */
    static Optional<ForwardedPath> parse(String rawPath, Set<String> owners) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(PREFIX.length()).split("/", -1);
        for (String segment : segments) {
            if (!canonical(segment)) {
                return Optional.empty();
            }
        }
        String owner = PER_SERVICE.contains(segments[0]) && segments.length > 1 ? segments[0] + "/" + segments[1]
                : segments[0];
        return owners.contains(owner) ? Optional.of(new ForwardedPath(owner, rawPath)) : Optional.empty();
    }

    private static boolean canonical(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        boolean digitsOnly = true;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !(c >= 'a' && c <= 'z') && c != '-') {
                return false;
            }
            digitsOnly &= digit;
        }
        // a number is written without leading zeros, but for the fixed-width codes: department (9), table (2)
        return !digitsOnly || segment.charAt(0) != '0' || segment.length() == 9 || segment.length() == 2;
    }
}
