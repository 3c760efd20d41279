package io.juesuan.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.EventContract;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A year's batch of self-evaluations: saved, submitted and published in one transaction, or none. */
@QuarkusTest
class BatchPublicationTest {

    private static final String BATCH = "/api/v1/evaluations/{year}/batch";
    private static final String URL = "/api/v1/evaluations/{dept}/{year}";
    /** The seed as printed: a transcript is published with the errors it prints. */
    private static final String SEED = DemoData.read("evaluation.json");
    private static final String NATIVE = SEED.replaceFirst("\n  \"transcribedFrom\": \"[^\"]*\",", "");

    private static String item(String dept, String document) {
        return "{\"departmentCode\":\"" + dept + "\",\"document\":" + document + "}";
    }

    private static ValidatableResponse send(String... items) {
        return given().contentType(ContentType.JSON).body("{\"items\":[" + String.join(",", items) + "]}")
                .post(BATCH, 2020).then();
    }

    @Test
    void everyDepartmentYearIsPublishedWithItsEvent() {
        List<String> codes = List.of(DemoData.randomDepartmentCode(), DemoData.randomDepartmentCode());
        send(item(codes.get(0), SEED), item(codes.get(1), SEED)).statusCode(200)
                .body("published", equalTo(2)).body("items.departmentCode", equalTo(codes))
                .body("items.publishedVersion", equalTo(List.of(1, 1)));
        for (String dept : codes) {
            given().get(URL, dept, 2020).then().statusCode(200).body("status", equalTo("PUBLISHED"));
            given().get(URL + "/versions/1", dept, 2020).then().statusCode(200)
                    .body("projects[0].template", equalTo("special-fund-2020"));
            JsonNode event = TopicReader.awaitEvents("test.evaluation.evaluations.v1", dept + ":2020", 1).get(0);
            EventContract.assertConforms(event, "evaluation.evaluations.v1");
            assertThat(event.at("/payload/departmentCode").asText()).isEqualTo(dept);
        }
    }

    @Test
    void aBadItemFailsTheWholeBatchAndNamesItsField() {
        List<String> codes = List.of(DemoData.randomDepartmentCode(), DemoData.randomDepartmentCode());
        Problems.assertInvalidField(send(item(codes.get(0), SEED),
                item(codes.get(1), SEED.replace("special-fund-2020", "district-9"))),
                "items[1].document.projects[0].template");
        Problems.assertInvalidField(send(item(codes.get(0), SEED), item("35050", SEED)), "items[1].departmentCode");
        // entered natively, a grade its score does not earn is an error, and errors block publication
        String wrongGrade = NATIVE.replace("\"totalScore\": 92", "\"totalScore\": 85")
                .replace("\"declaredGrade\": \"优秀\"", "\"declaredGrade\": \"良\"");
        Problems.assertProblem(send(item(codes.get(0), SEED), item(codes.get(1), wrongGrade)), 422)
                .body("errors.field", equalTo(List.of("items[1]")));
        for (String dept : codes) {
            Problems.assertProblem(given().get(URL, dept, 2020).then(), 404);
        }
    }
}
