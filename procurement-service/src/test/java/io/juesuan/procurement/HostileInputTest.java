package io.juesuan.procurement;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.HostileInput;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Hostile bodies and files change nothing and never fail the service. */
@QuarkusTest
class HostileInputTest {

    private static final String CONTRACT = "{\"number\": \"LC-2021-001\", \"title\": \"办公设备采购\", \"category\": "
            + "\"GOODS\", \"method\": \"COMPETITIVE_CONSULTATION\", \"amount\": 120000.00, \"awardDate\": "
            + "\"2021-03-02\", \"signingDate\": \"2021-03-10\", \"reservedForSme\": false, \"supplier\": {\"name\": "
            + "\"泉州某大型设备有限公司\", \"creditCode\": \"914403001922038216\", \"scale\": \"LARGE\"}}";

    @Test
    void hostileSummariesAreRefusedWholeOrStoredSafely() {
        String path = "/api/v1/procurement/" + DemoData.randomDepartmentCode() + "/2020";
        String seed = DemoData.read("procurement.json");
        given().contentType(ContentType.JSON).body(seed).put(path).then().statusCode(201);
        HostileInput.check(RestAssured.port, "PUT", path, path, Tokens.admin(), seed, 200, 20261206L);
    }

    @Test
    void hostileContractsAreRefusedWholeOrStoredSafely() {
        String path = "/api/v1/procurement/" + DemoData.randomDepartmentCode() + "/2021";
        given().contentType(ContentType.JSON).body(CONTRACT).post(path + "/contracts").then().statusCode(201);
        HostileInput.check(RestAssured.port, "POST", path + "/contracts", path, Tokens.admin(), CONTRACT, 200, 11L);
    }

    @Test
    void aFileThatIsNotUtf8OrHoldsControlCharactersIsRefusedNamingItsLine() {
        String dept = DemoData.randomDepartmentCode();
        String imports = "/api/v1/procurement/{dept}/2021/contracts/import";
        String csv = DemoData.read(2021, "contracts.csv");
        Problems.assertInvalidField(given().contentType("text/csv").body(csv.getBytes(Charset.forName("GBK")))
                .post(imports, dept).then(), "line[2]");
        byte[] broken = csv.getBytes(StandardCharsets.UTF_8);
        int third = 0;
        for (int breaks = 0; breaks < 2; third++) {
            breaks += broken[third] == '\n' ? 1 : 0;
        }
        broken[third + 1] = (byte) 0xC3;
        broken[third + 2] = (byte) 0x28;
        Problems.assertInvalidField(given().contentType("text/csv").body(broken).post(imports, dept).then(),
                "line[3]");
        Problems.assertProblem(given().contentType("text/csv").body(csv.replaceFirst("办公", "办\u0000公")
                .getBytes(StandardCharsets.UTF_8)).post(imports, dept).then(), 400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("line[")));
        Problems.assertInvalidField(given().contentType("text/csv").body(csv.replaceAll(",(\\d+\\.\\d\\d),", ",1e400,")
                .getBytes(StandardCharsets.UTF_8)).post(imports, dept).then(), "line[3].amount");
        given().get("/api/v1/procurement/{dept}/2021/contracts", dept).then().body("total", equalTo(0));
    }

    @Test
    void aFormulaInAFileIsKeptAsTextExactlyAsSent() {
        String dept = DemoData.randomDepartmentCode();
        String csv = DemoData.read(2021, "contracts.csv");
        String title = csv.split("\n")[1].split(",")[1];
        given().contentType("text/csv").body(csv.replaceFirst(title, "\"=HYPERLINK(\"\"http://x\"\")\"")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/procurement/{dept}/2021/contracts/import", dept).then().statusCode(201);
        given().get("/api/v1/procurement/{dept}/2021/contracts", dept).then()
                .body("items.title", hasItem(equalTo("=HYPERLINK(\"http://x\")")));
    }
}
