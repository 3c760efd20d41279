package io.juesuan.gateway;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The public read API over versions: detail, earlier versions, diff, tables as JSON and CSV, list, caching. */
@QuarkusTest
class DisclosureApiTest {

    private static final String URL = "/api/v1/disclosures/{dept}/{year}";
    private static final PartEvents EVENTS = new PartEvents();

    @AfterAll
    static void closeProducer() {
        EVENTS.close();
    }

    static void awaitDisclosureVersion(String dept, int version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Response response = given().get(URL, dept, 2020);
            return response.statusCode() == 200 && response.path("version").equals(version);
        });
    }

    /** Three versions: accounts, then evaluation, then a correction of the accounts. */
    static String correctedDepartment(PartEvents events) throws Exception {
        String dept = DemoData.randomDepartmentCode();
        events.finalAccounts(dept, 1, "泉州市鲤城区工业和信息化局", "842.14");
        awaitDisclosureVersion(dept, 1);
        events.evaluation(dept, 1, 92);
        awaitDisclosureVersion(dept, 2);
        events.finalAccounts(dept, 2, "泉州市鲤城区工业和信息化局", "842.15", "本年收入合计尾数更正");
        awaitDisclosureVersion(dept, 3);
        return dept;
    }

    @Test
    void everyPublishedVersionStaysReadableAndTheDiffNamesTheCorrectedCellWithItsReason() throws Exception {
        String dept = correctedDepartment(EVENTS);

        given().get(URL, dept, 2020).then().statusCode(200)
                .body("version", equalTo(3))
                .body("versions.finalAccounts", equalTo(2))
                .body("history", hasSize(3))
                .body("history[2].kind", equalTo("CORRECTION"))
                .body("history[2].reason", equalTo("本年收入合计尾数更正"));
        given().queryParam("version", 1).get(URL, dept, 2020).then().statusCode(200)
                .body("version", equalTo(1))
                .body("evaluation", nullValue())
                .body("finalAccounts.tables.'01'.rows[0].values.amount", equalTo(842.14f));
        given().queryParam("version", 2).get(URL, dept, 2020).then().statusCode(200)
                .body("evaluation.projects[0].grade", equalTo("优"));
        Problems.assertProblem(given().queryParam("version", 4).get(URL, dept, 2020).then(), 404);
        Problems.assertInvalidField(given().queryParam("version", 0).get(URL, dept, 2020).then(), "version");

        given().get(URL + "/diff", dept, 2020).then().statusCode(200)
                .body("from", equalTo(2)).body("to", equalTo(3))
                .body("publications", hasSize(1))
                .body("publications[0].reason", equalTo("本年收入合计尾数更正"))
                .body("changes.findAll { it.table == '01' }", hasSize(1))
                .body("changes.find { it.table == '01' }.row", equalTo("INCOME_TOTAL"))
                .body("changes.find { it.table == '01' }.rowName", equalTo("本年收入合计"))
                .body("changes.find { it.table == '01' }.column", equalTo("amount"))
                .body("changes.find { it.table == '01' }.columnTitle", equalTo("决算数"))
                .body("changes.find { it.table == '01' }.before", equalTo(842.14f))
                .body("changes.find { it.table == '01' }.after", equalTo(842.15f));
        // from 1 to 3 also shows the evaluation arriving, as one addition
        given().queryParam("from", 1).queryParam("to", 3).get(URL + "/diff", dept, 2020).then().statusCode(200)
                .body("publications", hasSize(2))
                .body("changes.find { it.path == 'evaluation' }.before", nullValue())
                .body("changes.find { it.path == 'evaluation' }.after.projectCount", equalTo(1));
        Problems.assertInvalidField(given().queryParam("from", 3).get(URL + "/diff", dept, 2020).then(), "from");
    }

    @Test
    void aTableReadsAsJsonOrAsCsv() throws Exception {
        String dept = correctedDepartment(EVENTS);
        given().get(URL + "/tables/01", dept, 2020).then().statusCode(200)
                .body("title", equalTo("收入支出决算总表"))
                .body("rows[0].code", equalTo("INCOME_TOTAL"))
                .body("rows[0].values.amount", equalTo(842.15f));
        String csv = given().accept("text/csv").get(URL + "/tables/01", dept, 2020).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Vary", "Accept")
                .extract().asString();
        assertThat(csv.split("\r\n")).containsExactly("编码 code,名称 name,级次 level,决算数 amount",
                "INCOME_TOTAL,本年收入合计,TOTAL,842.15", "EXPENDITURE_TOTAL,本年支出合计,TOTAL,842.14");
        String first = given().accept("text/csv").queryParam("version", 1).get(URL + "/tables/01", dept, 2020)
                .then().statusCode(200).extract().asString();
        assertThat(first).contains("\r\nINCOME_TOTAL,本年收入合计,TOTAL,842.14\r\n");

        Problems.assertProblem(given().get(URL + "/tables/05", dept, 2020).then(), 404);
        Problems.assertProblem(given().get(URL + "/tables/10", dept, 2020).then(), 404);
    }

    @Test
    void readsCarryValidatorsAndAnswerARevalidationWith304() throws Exception {
        String dept = correctedDepartment(EVENTS);
        Response newest = given().get(URL, dept, 2020);
        String etag = newest.header("ETag");
        assertThat(etag).isEqualTo("\"" + dept + "-2020-v3\"");
        assertThat(newest.header("Last-Modified")).isNotBlank();
        assertThat(newest.header("Cache-Control")).contains("max-age=60").contains("public");

        given().header("If-None-Match", etag).get(URL, dept, 2020).then().statusCode(304)
                .header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "\"" + dept + "-2020-v2\"").get(URL, dept, 2020).then().statusCode(200);

        Response first = given().queryParam("version", 1).get(URL, dept, 2020);
        assertThat(first.header("Cache-Control")).contains("immutable");
        given().queryParam("version", 1).header("If-None-Match", first.header("ETag")).get(URL, dept, 2020)
                .then().statusCode(304);

        Response json = given().get(URL + "/tables/01", dept, 2020);
        Response csv = given().accept("text/csv").get(URL + "/tables/01", dept, 2020);
        assertThat(json.header("ETag")).isNotEqualTo(csv.header("ETag"));
        given().accept("text/csv").header("If-None-Match", csv.header("ETag")).get(URL + "/tables/01", dept, 2020)
                .then().statusCode(304);

        Response page = given().queryParam("division", dept.substring(0, 6)).get("/api/v1/disclosures");
        assertThat(page.header("ETag")).isNotBlank();
        given().queryParam("division", dept.substring(0, 6)).header("If-None-Match", page.header("ETag"))
                .get("/api/v1/disclosures").then().statusCode(304);
    }

    @Test
    void browsersOnAConfiguredOriginMayReadAndOthersMayNot() throws Exception {
        String dept = correctedDepartment(EVENTS);
        given().header("Origin", "http://localhost:3000").get(URL, dept, 2020).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .options(URL, dept, 2020).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://elsewhere.example").get(URL, dept, 2020).then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theListFiltersByYearDivisionAndNameAndPagesWithACursor() throws Exception {
        String division = String.valueOf(ThreadLocalRandom.current().nextInt(110_000, 999_999));
        for (int i = 1; i <= 3; i++) {
            EVENTS.finalAccounts(division + "00" + i, 1, "测试区第" + i + "局", "10.00");
        }
        String other = division + "009";
        EVENTS.finalAccounts(other, 1, "测试区财政局", "10.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("division", division)
                .get("/api/v1/disclosures").path("items.size()").equals(4));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var request = given().queryParam("division", division).queryParam("q", "局").queryParam("limit", 2)
                    .queryParam("year", 2020);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/api/v1/disclosures");
            response.then().statusCode(200);
            seen.addAll(response.path("items.departmentCode"));
            cursor = response.path("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertThat(seen).containsExactly(division + "001", division + "002", division + "003", other);

        given().queryParam("division", division).queryParam("q", "第2").get("/api/v1/disclosures").then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].departmentName", equalTo("测试区第2局"))
                .body("items[0].href", equalTo("/api/v1/disclosures/" + division + "002/2020"));
        given().queryParam("division", division).queryParam("q", "%").get("/api/v1/disclosures").then()
                .body("items", hasSize(0));
        given().queryParam("division", division).queryParam("year", 2021).get("/api/v1/disclosures").then()
                .body("items", hasSize(0));

        Problems.assertInvalidField(given().queryParam("cursor", "not-a-cursor").get("/api/v1/disclosures").then(),
                "cursor");
        Problems.assertInvalidField(given().queryParam("year", 20201).get("/api/v1/disclosures").then(), "year");
        Problems.assertProblem(given().queryParam("year", "abc").get("/api/v1/disclosures").then(), 400);
        Problems.assertInvalidField(given().queryParam("division", "3").get("/api/v1/disclosures").then(),
                "division");
        Problems.assertInvalidField(given().queryParam("limit", 101).get("/api/v1/disclosures").then(), "limit");
    }

    @Test
    void aYearExportsAsJsonLines() throws Exception {
        String dept = correctedDepartment(EVENTS);
        String body = given().queryParam("year", 2020).get("/api/v1/disclosures/export").then().statusCode(200)
                .contentType(startsWith("application/jsonl"))
                .header("ETag", not(nullValue()))
                .extract().asString();
        List<String> lines = body.lines().toList();
        // the export's line is the served document, character for character (its names are Chinese)
        String served = given().get(URL, dept, 2020).then().statusCode(200).extract().asString();
        assertThat(lines).contains(served);
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        given().queryParam("year", 2019).get("/api/v1/disclosures/export").then().statusCode(200).body(equalTo(""));
        Problems.assertInvalidField(given().get("/api/v1/disclosures/export").then(), "year");
    }
}
