package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The explanation inputs through the API: what is refused, where last year's figures come from, what publishes. */
@QuarkusTest
class ExplanationsResourceTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String LEGACY = FinalAccountsDocuments.legacySeed();
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();

    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code)
                .then().statusCode(201);
        return code;
    }

    private static ValidatableResponse put(String dept, int year, String body) {
        return given().contentType(ContentType.JSON).body(body).put(URL, dept, year).then();
    }

    /** Replaces the first occurrence only. */
    private static String change(String document, String from, String to) {
        int at = document.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the document: " + from);
        }
        return document.substring(0, at) + to + document.substring(at + from.length());
    }

    @Test
    void badExplanationInputsAreRefusedNamingTheFieldAndChangeNothing() {
        String dept = registerDepartment();
        put(dept, 2020, LEGACY).statusCode(201);

        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "\"INCOME\": {\"amount\"", "\"INCOMES\": {\"amount\"")),
                "stated.INCOMES");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "{\"key\": \"INCOME\",", "{\"key\": \"INCOMEX\",")),
                "explanations[0].key");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "{\"key\": \"EXPENDITURE\",", "{\"key\": \"INCOME\",")),
                "explanations[1].key");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "{\"key\": \"THREE_PUBLIC\",",
                "{\"key\": \"THREE_PUBLIC\", \"priorYear\": 1.00,")), "explanations[14].priorYear");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "{\"key\": \"2011301\",", "{\"key\": \"9991301\",")),
                "explanations[3].key");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "\"percent\": -73.44}", "\"percent\": -73.444}")),
                "stated.INCOME.percent");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "\"priorYear\": 3170.57", "\"priorYear\": -3170.57")),
                "explanations[0].priorYear");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "\"priorYear\": 3170.57", "\"priorYear\": \"3170.57\"")),
                "explanations[0].priorYear");
        Problems.assertInvalidField(put(dept, 2020, change(LEGACY, "\"officeOperation\": 25.60", "\"officeOperation\": 25.6000001")),
                "officeOperation");

        given().get(URL, dept, 2020).then().statusCode(200).header("ETag", "\"r1\"")
                .body("officeOperation", equalTo(256000.00f))
                .body("stated.INCOME.percent", equalTo(-73.44f));
    }

    @Test
    void lastYearsRecordGivesThePriorYearFiguresAndOverridesTheDocuments() {
        String dept = registerDepartment();
        put(dept, 2020, NATIVE).statusCode(201);
        String next = change(NATIVE, "\"year\": 2020", "\"year\": 2021");
        next = change(next, "\"basic\": 161.91", "\"basic\": 170.00");
        next = change(next, "\n}\n", ",\n  \"explanations\": [{\"key\": \"INCOME\", \"priorYear\": 3170.57}]\n}\n");
        put(dept, 2021, next).statusCode(201)
                .body("findings.find { it.rule == 'ACC-PRIOR-YEAR-DIFFERS' }.location.row", equalTo("INCOME"))
                .body("findings.find { it.rule == 'ACC-PRIOR-YEAR-DIFFERS' }.severity", equalTo("WARNING"))
                .body("findings.find { it.rule == 'ACC-EXPL-REASON-MISSING' }.location.row", equalTo("2011301"));

        given().get(URL + "/explanations", dept, 2021).then().statusCode(200)
                .body("priorYearSource", equalTo("RECORD"))
                .body("lines.find { it.key == 'INCOME' }.base", equalTo(842.15f))
                .body("lines.find { it.key == 'INCOME' }.change", equalTo(0.00f))
                .body("lines.find { it.key == '2011301' }.base", equalTo(161.91f))
                .body("lines.find { it.key == '2011301' }.change", equalTo(8.09f))
                .body("lines.find { it.key == '2011301' }.percent", equalTo(5.00f))
                .body("sections.find { it.id == 'OVERVIEW' }.paragraphs",
                        hasItem("（一）2021年收入842.15万元，与上年决算数持平，具体情况如下："));
    }

    @Test
    void withoutAnyPriorYearFigureTheLinesHaveNoChange() {
        String dept = registerDepartment();
        put(dept, 2020, NATIVE).statusCode(201);
        given().get(URL + "/explanations", dept, 2020).then().statusCode(200)
                .body("priorYearSource", nullValue())
                .body("lines.find { it.key == 'INCOME' }.change", nullValue())
                .body("sections.find { it.id == 'OVERVIEW' }.paragraphs", hasItem("（一）2020年收入842.15万元，具体情况如下："));
    }

    @Test
    void aTranscriptPublishesWithItsSlipsShownWhileTheSameErrorsBlockSubmittingNativeData() {
        String transcript = registerDepartment();
        put(transcript, 2020, LEGACY).statusCode(201).body("findings.severity", hasItem("ERROR"));
        Workflow.submitAndPublish(URL, transcript, 2020, "{}").statusCode(200).body("publishedVersion", equalTo(1));

        String entered = registerDepartment();
        put(entered, 2020, change(LEGACY, "\"transcribedFrom\": \"泉州市鲤城区工业和信息局2020年度部门决算公开\",\n", ""))
                .statusCode(201).body("transcribedFrom", nullValue());
        Problems.assertProblem(Workflow.submit(URL, entered, 2020), 422);
    }
}
