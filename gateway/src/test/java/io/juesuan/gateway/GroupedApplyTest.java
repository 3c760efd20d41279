package io.juesuan.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.gateway.readmodel.Part;
import io.juesuan.gateway.readmodel.PartEventApplier;
import io.juesuan.gateway.readmodel.TopicEvents;
import io.juesuan.platform.events.EventEnvelope;
import io.juesuan.platform.testing.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Events applied together in one transaction, as the consumer applies a poll, give the same versions as events
 * applied one at a time: every version assembled, not only the newest, and applying them again changes nothing.
 */
@QuarkusTest
class GroupedApplyTest {

    private static final String URL = "/api/v1/disclosures/{dept}/{year}";

    @Inject
    PartEventApplier applier;

    @Inject
    ObjectMapper json;

    private PartEventApplier.Pending event(Part part, String type, String dept, int version, ObjectNode payload)
            throws Exception {
        String envelope = PartEvents.envelope(part.aggregateType(), type, dept + ":2020", version, payload);
        TopicEvents.PartEvent event = new TopicEvents.PartEvent(part, json.readValue(envelope, EventEnvelope.class));
        return new PartEventApplier.Pending(dept + ":2020", () -> Optional.of(event));
    }

    @Test
    void everyVersionOfAGroupIsAssembledOnceAndAReplayAddsNothing() throws Exception {
        String first = DemoData.randomDepartmentCode();
        String second = DemoData.randomDepartmentCode();
        List<PartEventApplier.Pending> events = List.of(
                event(Part.FINAL_ACCOUNTS, "FinalAccountsPublished", first, 1,
                        PartEvents.finalAccountsPayload(first, 1, "部门甲", "842.14", null)),
                event(Part.PROCUREMENT, "ProcurementPublished", second, 1,
                        PartEvents.procurementPayload(second, 1, "12.00")),
                event(Part.EVALUATION, "EvaluationPublished", first, 1,
                        PartEvents.evaluationPayload(first, 1, 92, "45.23")),
                event(Part.PROCUREMENT, "ProcurementPublished", first, 1,
                        PartEvents.procurementPayload(first, 1, "50.25")),
                new PartEventApplier.Pending("not-a-key", Optional::empty));

        assertThat(applier.applyAll(events)).isEqualTo(4);
        assertThat(applier.applyAll(events)).isZero();

        given().queryParam("version", 1).get(URL, first, 2020).then().statusCode(200)
                .body("versions.finalAccounts", equalTo(1)).body("versions.evaluation", nullValue());
        given().queryParam("version", 2).get(URL, first, 2020).then().statusCode(200)
                .body("versions.evaluation", equalTo(1)).body("versions.procurement", nullValue());
        given().get(URL, first, 2020).then().statusCode(200).body("version", equalTo(3))
                .body("versions.procurement", equalTo(1))
                .body("procurement.declaredSummary.total", equalTo(50.25f));
        given().get(URL, second, 2020).then().statusCode(200).body("version", equalTo(1))
                .body("procurement.declaredSummary.total", equalTo(12.00f));
    }

    /** One statement failing midway takes back the whole group's: part versions, feed entries and versions alike. */
    @Test
    void aGroupWhoseLastEventFailsLeavesNothingBehind() throws Exception {
        String stored = DemoData.randomDepartmentCode();
        String refused = DemoData.randomDepartmentCode();
        long head = feedHead();
        List<PartEventApplier.Pending> events = List.of(
                event(Part.FINAL_ACCOUNTS, "FinalAccountsPublished", stored, 1,
                        PartEvents.finalAccountsPayload(stored, 1, "部门甲", "842.14", null)),
                // longer than disclosure.department_name's 200 characters: its row update fails after every insert
                event(Part.FINAL_ACCOUNTS, "FinalAccountsPublished", refused, 1,
                        PartEvents.finalAccountsPayload(refused, 1, "部".repeat(201), "100.00", null)));

        assertThatThrownBy(() -> applier.applyAll(events)).hasMessageContaining("department_name");

        assertThat(feedHead()).isEqualTo(head);
        given().get(URL, stored, 2020).then().statusCode(404);
        given().get(URL, refused, 2020).then().statusCode(404);
        assertThat(applier.applyAll(events.subList(0, 1))).isEqualTo(1);
        given().get(URL, stored, 2020).then().statusCode(200).body("version", equalTo(1));
    }

    private static long feedHead() {
        return given().queryParam("after", 0).queryParam("limit", 1).get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath().getLong("head");
    }

    @Test
    void eachVersionOfADepartmentYearCorrectedManyTimesHoldsItsOwnPartVersions() throws Exception {
        String oneByOne = DemoData.randomDepartmentCode();
        String grouped = DemoData.randomDepartmentCode();
        for (PartEventApplier.Pending event : corrections(oneByOne)) {
            assertThat(applier.applyAll(List.of(event))).isEqualTo(1);
        }
        assertThat(applier.applyAll(corrections(grouped))).isEqualTo(5);

        for (String dept : List.of(oneByOne, grouped)) {
            assertVersion(dept, 3, 2, "20.00", 1, 80);
            assertVersion(dept, 4, 3, "30.00", 1, 80);
            assertVersion(dept, 5, 3, "30.00", 2, 95);
            given().get(URL, dept, 2020).then().statusCode(200).body("version", equalTo(5));
        }
    }

    /** Procurement published and corrected twice, the evaluation published and corrected once, interleaved. */
    private List<PartEventApplier.Pending> corrections(String dept) throws Exception {
        return List.of(
                event(Part.PROCUREMENT, "ProcurementPublished", dept, 1, PartEvents.procurementPayload(dept, 1, "10.00")),
                event(Part.EVALUATION, "EvaluationPublished", dept, 1, PartEvents.evaluationPayload(dept, 1, 80, "1.00")),
                event(Part.PROCUREMENT, "ProcurementPublished", dept, 2, PartEvents.procurementPayload(dept, 2, "20.00")),
                event(Part.PROCUREMENT, "ProcurementPublished", dept, 3, PartEvents.procurementPayload(dept, 3, "30.00")),
                event(Part.EVALUATION, "EvaluationPublished", dept, 2, PartEvents.evaluationPayload(dept, 2, 95, "2.00")));
    }

    private static void assertVersion(String dept, int version, int procurementVersion, String procurementTotal,
                                      int evaluationVersion, int score) {
        given().queryParam("version", version).get(URL, dept, 2020).then().statusCode(200)
                .body("version", equalTo(version))
                .body("versions.procurement", equalTo(procurementVersion))
                .body("procurement.declaredSummary.total", equalTo(Float.parseFloat(procurementTotal)))
                .body("versions.evaluation", equalTo(evaluationVersion))
                .body("evaluation.projects[0].totalScore", equalTo(score));
    }
}
