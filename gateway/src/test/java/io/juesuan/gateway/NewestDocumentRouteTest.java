package io.juesuan.gateway;

import io.juesuan.gateway.disclosures.NewestDocuments;
import io.juesuan.platform.testing.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.juesuan.gateway.DisclosureApiTest.awaitDisclosureVersion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The newest version, once read, is answered from memory with the same bytes and headers as from the database,
 * revalidations included, until a correction replaces it on every replica.
 */
@QuarkusTest
class NewestDocumentRouteTest {

    private static final String URL = "/api/v1/disclosures/{dept}/{year}";
    private static final PartEvents EVENTS = new PartEvents();

    @Inject
    NewestDocuments newest;

    @AfterAll
    static void closeProducer() {
        EVENTS.close();
    }

    @Test
    void theNewestVersionIsServedFromMemoryUntilACorrectionReplacesIt() throws Exception {
        String dept = DemoData.randomDepartmentCode();
        EVENTS.finalAccounts(dept, 1, "泉州市鲤城区工业和信息化局", "842.14");
        awaitDisclosureVersion(dept, 1);

        Response fromDatabase = given().get(URL, dept, 2020);
        assertThat(newest.get(dept, 2020)).hasValueSatisfying(e -> assertThat(e.version()).isEqualTo(1));
        Response fromMemory = given().get(URL, dept, 2020);
        assertThat(fromMemory.statusCode()).isEqualTo(200);
        assertThat(fromMemory.asByteArray()).isEqualTo(fromDatabase.asByteArray());
        for (String header : new String[] {"ETag", "Last-Modified", "Cache-Control", "Content-Type"}) {
            assertThat(fromMemory.header(header)).as(header).isEqualTo(fromDatabase.header(header));
        }

        String etag = fromMemory.header("ETag");
        given().header("If-None-Match", etag).get(URL, dept, 2020).then().statusCode(304)
                .header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "\"other\", W/" + etag).get(URL, dept, 2020).then().statusCode(304);
        given().header("If-None-Match", "*").get(URL, dept, 2020).then().statusCode(304);
        given().header("If-None-Match", "\"" + dept + "-2020-v0\"").get(URL, dept, 2020).then().statusCode(200);
        given().header("If-Modified-Since", fromMemory.header("Last-Modified")).get(URL, dept, 2020).then()
                .statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get(URL, dept, 2020).then()
                .statusCode(200);

        EVENTS.finalAccounts(dept, 2, "泉州市鲤城区工业和信息化局", "842.15", "本年收入合计尾数更正");
        // only the notice of the new version takes the cached first version away
        awaitDisclosureVersion(dept, 2);
        given().get(URL, dept, 2020).then().statusCode(200).body("version", equalTo(2));
        assertThat(newest.get(dept, 2020)).hasValueSatisfying(e -> assertThat(e.version()).isEqualTo(2));
        given().header("If-None-Match", etag).get(URL, dept, 2020).then().statusCode(200);
    }
}
