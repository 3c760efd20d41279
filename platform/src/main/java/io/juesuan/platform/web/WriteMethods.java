package io.juesuan.platform.web;

import java.util.Set;

/** The HTTP methods that write: what the rate limits count and the audit log records. */
public final class WriteMethods {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private WriteMethods() {
    }

    public static boolean isWrite(String method) {
        return WRITES.contains(method);
    }
}
