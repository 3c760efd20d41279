package io.juesuan.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

/** The public API's contract as frontends read it: every path, with examples of what comes back. */
@QuarkusTest
class OpenApiTest {

    private static String example(String path, String media) {
        return "paths.'" + path + "'.get.responses.'200'.content.'" + media + "'.examples";
    }

    @Test
    void thePublicPathsAreDocumentedWithExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/disclosures", "/api/v1/disclosures/{departmentCode}/{year}",
                        "/api/v1/disclosures/{departmentCode}/{year}/tables/{no}",
                        "/api/v1/disclosures/{departmentCode}/{year}/diff", "/api/v1/disclosures/export",
                        "/api/v1/changes", "/api/v1/stats", "/api/v1/stats/compliance", "/api/v1/admin/replay"))
                .body(example("/api/v1/disclosures", "application/json") + ".toString()",
                        containsString("泉州市鲤城区工业和信息化局"))
                .body(example("/api/v1/changes", "application/json") + ".toString()", containsString("CORRECTION"))
                .body(example("/api/v1/disclosures/{departmentCode}/{year}/tables/{no}", "text/csv; charset=UTF-8")
                        + ".toString()", containsString("INCOME_TOTAL,本年收入合计,TOTAL,842.14"))
                .body(example("/api/v1/stats", "application/json") + ".toString()", containsString("smeRatio"));
    }
}
