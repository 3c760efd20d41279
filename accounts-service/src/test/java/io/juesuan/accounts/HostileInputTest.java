package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.HostileInput;
import io.juesuan.platform.testing.RawHttp;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile bodies change nothing and never fail the service; the largest bodies leave it healthy. */
@QuarkusTest
class HostileInputTest {

    private static String registered() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        return dept;
    }

    @Test
    void hostileFinalAccountsAreRefusedWholeOrStoredSafely() {
        String dept = registered();
        String path = "/api/v1/final-accounts/" + dept + "/2020";
        given().contentType(ContentType.JSON).body(FinalAccountsDocuments.legacySeed()).put(path).then().statusCode(201);
        HostileInput.check(RestAssured.port, "PUT", path, path, Tokens.admin(), FinalAccountsDocuments.legacySeed(),
                400, 20261206L);
    }

    @Test
    void hostileDepartmentsAreRefusedWholeOrStoredSafely() {
        String dept = DemoData.randomDepartmentCode();
        String path = "/api/v1/departments/" + dept;
        HostileInput.check(RestAssured.port, "PUT", path, path, Tokens.admin(), DemoData.departmentAs(dept), 80, 7L);
    }

    @Test
    void bodiesBeyondTheLimitsAreRefusedBeforeTheyAreReadAndTheServiceStaysHealthy() {
        String dept = registered();
        String path = "/api/v1/final-accounts/" + dept + "/2020";
        // a 10 MiB text field: beyond any limit; 3 MiB: beyond the document limit; both refused on their length
        for (int characters : new int[] {3_500_000, 1_000_000}) {
            byte[] body = ("{\"unit\": \"元\", \"year\": 2020, \"transcribedFrom\": \"" + "长".repeat(characters)
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer large = RawHttp.send(RestAssured.port, "PUT", path, Tokens.admin(), "application/json", body);
            assertThat(large.status()).as(body.length + " bytes").isEqualTo(413);
            assertThat(large.contentType()).startsWith("application/problem+json");
        }
        // 100 MB declared: refused at once, whatever follows
        RawHttp.Answer huge = RawHttp.sendDeclaring(RestAssured.port, "PUT", path, Tokens.admin(), "application/json",
                100_000_000L, "{".getBytes(StandardCharsets.UTF_8));
        assertThat(huge.status()).isEqualTo(413);
        // a batch may be larger, but a 3 MiB string in it is refused while it is parsed
        byte[] longString = ("{\"items\": [{\"department\": {\"code\": \"" + "9".repeat(3 * 1024 * 1024) + "\"}}]}")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer batch = RawHttp.send(RestAssured.port, "POST", "/api/v1/final-accounts/2020/batch",
                Tokens.admin(), "application/json", longString);
        assertThat(batch.status()).isEqualTo(400);
        // no length stated: a chunked body must say how long it is
        RawHttp.Answer chunked = RawHttp.sendChunked(RestAssured.port, "PUT", path, Tokens.admin(),
                "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(chunked.status()).isEqualTo(411);
        // a body in a media type the endpoint does not take
        RawHttp.Answer xml = RawHttp.send(RestAssured.port, "PUT", path, Tokens.admin(), "application/xml",
                "<accounts/>".getBytes(StandardCharsets.UTF_8));
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        given().get("/q/health/live").then().statusCode(200);
        given().get(path).then().statusCode(404);
    }
}
