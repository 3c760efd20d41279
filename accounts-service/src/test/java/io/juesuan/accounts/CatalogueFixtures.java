package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Catalogues a test needs loaded beyond what the platform ships. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    /**
     * Loads the Shanghai demo bureau's 2024 function codes (the shipped 类 and the 款/项 the demo spends on) unless
     * the current 2024 catalogue has them all already, as {@code deploy/local/load-demo.sh} does: so the demo's
     * findings do not depend on which other test loaded what.
     */
    static void ensureShanghaiDemo2024() {
        String file = DemoData.read(ShanghaiDepartments.DEMO, 2024, "function-codes.tsv");
        List<String> current = given().get("/api/v1/catalogues/{year}/function-codes", 2024).then().statusCode(200)
                .extract().path("codes.code");
        boolean hasAll = file.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")[0]).allMatch(current::contains);
        if (!hasAll) {
            given().contentType("text/tab-separated-values").body(file.getBytes(StandardCharsets.UTF_8))
                    .put("/api/v1/catalogues/{year}/function-codes", 2024).then().statusCode(201);
        }
    }
}
