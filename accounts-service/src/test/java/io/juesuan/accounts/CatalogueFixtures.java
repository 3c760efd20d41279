package io.juesuan.accounts;

import io.juesuan.accounts.catalogue.CatalogueKind;
import io.juesuan.platform.data.TsvResource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;

/** Catalogues a test needs loaded for a year the platform ships none for. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    /**
     * Loads the shipped catalogue of {@code shippedYear} as {@code year}'s, unless {@code year} has one: for tests
     * whose codes are the same in both years, so their findings do not depend on which other test loaded what.
     */
    static void ensureYearLike(int year, int shippedYear) {
        if (given().get("/api/v1/catalogues/{year}", year).statusCode() != 404) {
            return;
        }
        for (CatalogueKind kind : CatalogueKind.values()) {
            given().contentType("text/tab-separated-values").body(shipped(shippedYear, kind))
                    .put("/api/v1/catalogues/{year}/{kind}", year, kind.path()).then().statusCode(201);
        }
    }

    private static byte[] shipped(int year, CatalogueKind kind) {
        return TsvResource.text("catalogue/" + year + "/" + kind.path() + ".tsv").orElseThrow()
                .getBytes(StandardCharsets.UTF_8);
    }
}
