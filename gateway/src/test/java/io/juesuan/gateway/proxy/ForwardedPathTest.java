package io.juesuan.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedPathTest {

    private static final Set<String> OWNERS = Set.of("final-accounts", "departments", "audit/accounts",
            "outbox/accounts");

    @Test
    void aCanonicalPathIsForwardedAsItCame() {
        assertThat(ForwardedPath.parse("/api/v1/final-accounts/350502001/2020/tables/01", OWNERS))
                .contains(new ForwardedPath("final-accounts", "/api/v1/final-accounts/350502001/2020/tables/01"));
        assertThat(ForwardedPath.parse("/api/v1/departments/035050200", OWNERS)).isPresent();
        assertThat(ForwardedPath.parse("/api/v1/departments", OWNERS)).isPresent();
        assertThat(ForwardedPath.parse("/api/v1/audit/accounts", OWNERS))
                .contains(new ForwardedPath("audit/accounts", "/api/v1/audit/accounts"));
        assertThat(ForwardedPath.parse("/api/v1/outbox/accounts/parked/12/retry", OWNERS))
                .contains(new ForwardedPath("outbox/accounts", "/api/v1/outbox/accounts/parked/12/retry"));
    }

    @Test
    void everyOtherSpellingIsRefused() {
        for (String path : new String[] {"/api/v1/final-accounts/", "/api/v1//final-accounts", "//api/v1/departments",
                "/api/v1/final-accounts/350502001/./2020", "/api/v1/final-accounts/350502001/../x",
                "/api/v1/%66inal-accounts", "/api/v1/final-accounts/350502001%2F2020", "/api/v1/departments;a=b",
                "/api/v1/Departments", "/api/v1/final-accounts/350502001/02020", "/api/v1/final-accounts/1/+2020",
                "/api/v1/final-accounts/350502001/0", "/api/v1/disclosures/350502001/2020", "/api/v2/departments",
                "/api/v1/final-accounts/350502001/２０２０", "/api/v1/final-accounts/350502001/2020 ", "/api/v1/audit",
                "/api/v1/audit/gateway", "/api/v1/audit/", "/api/v1/outbox", "/api/v1/outbox/gateway/parked",
                "/api/v1/outbox/accounts/parked/012/retry", null}) {
            assertThat(ForwardedPath.parse(path, OWNERS)).as(String.valueOf(path)).isEmpty();
        }
    }
}
