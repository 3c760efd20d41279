package io.juesuan.gateway;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static io.juesuan.gateway.DisclosureApiTest.awaitDisclosureVersion;
import static io.juesuan.gateway.DisclosureApiTest.correctedDepartment;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The provincial platform's pull: ordered, gap-free, unchanged by a replay that rebuilds the read model. */
@QuarkusTest
class ChangeFeedTest {

    private static final PartEvents EVENTS = new PartEvents();

    @AfterAll
    static void closeProducer() {
        EVENTS.close();
    }

    /** Pulls the whole feed from 0 as a puller would, a small page at a time. */
    private static List<Map<String, Object>> pullAll() {
        List<Map<String, Object>> entries = new ArrayList<>();
        long after = 0;
        for (int call = 0; call < 10_000; call++) {
            JsonPath page = given().queryParam("after", after).queryParam("limit", 3).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("entries");
            if (got.isEmpty()) {
                assertThat(page.getLong("next")).isEqualTo(after);
                return entries;
            }
            entries.addAll(got);
            after = page.getLong("next");
        }
        throw new AssertionError("the feed did not end");
    }

    @Test
    void aPullerFromZeroSeesEveryPublicationOnceInOrderWithoutGaps() throws Exception {
        String dept = correctedDepartment(EVENTS);
        List<Map<String, Object>> entries = pullAll();

        List<Long> sequences = entries.stream().map(e -> ((Number) e.get("sequence")).longValue()).toList();
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, sequences.size()).boxed().toList());
        List<Map<String, Object>> ours = entries.stream().filter(e -> dept.equals(e.get("departmentCode"))).toList();
        assertThat(ours).extracting(e -> e.get("version")).containsExactly(1, 2, 3);
        assertThat(ours.get(0)).containsEntry("part", "finalAccounts").containsEntry("kind", "PUBLICATION")
                .containsEntry("href", "/api/v1/disclosures/" + dept + "/2020?version=1");
        assertThat(ours.get(1)).containsEntry("part", "evaluation");
        assertThat(ours.get(2)).containsEntry("kind", "CORRECTION").containsEntry("reason", "本年收入合计尾数更正")
                .containsEntry("partVersion", 2);
        given().queryParam("after", sequences.get(sequences.size() - 1)).get("/api/v1/changes").then()
                .body("head", equalTo(sequences.size()));

        // a redelivered event is not a new change
        EVENTS.finalAccounts(dept, 2, "泉州市鲤城区工业和信息化局", "842.15", "本年收入合计尾数更正");
        EVENTS.procurement(dept, 1, "50.25");
        awaitDisclosureVersion(dept, 4);
        List<Map<String, Object>> later = pullAll();
        assertThat(later).hasSize(entries.size() + 1);
        assertThat(later.get(later.size() - 1)).containsEntry("part", "procurement");
    }

    @Test
    void aReplayRebuildsTheSameReadModelAndAddsNothingToTheFeed() throws Exception {
        String dept = correctedDepartment(EVENTS);
        List<Map<String, Object>> feed = pullAll();
        String newest = given().get("/api/v1/disclosures/{dept}/2020", dept).asString();
        String first = given().queryParam("version", 1).get("/api/v1/disclosures/{dept}/2020", dept).asString();

        given().queryParam("rebuild", true).post("/api/v1/admin/replay").then().statusCode(200)
                .body("rebuild", equalTo(true))
                .body("events", greaterThanOrEqualTo(3))
                .body("newPartVersions", greaterThanOrEqualTo(3))
                .body("newChanges", equalTo(0))
                .body("disclosureVersions", greaterThanOrEqualTo(3));

        assertThat(pullAll()).isEqualTo(feed);
        assertThat(given().get("/api/v1/disclosures/{dept}/2020", dept).asString()).isEqualTo(newest);
        assertThat(given().queryParam("version", 1).get("/api/v1/disclosures/{dept}/2020", dept).asString())
                .isEqualTo(first);

        // replaying over a complete read model finds nothing to add
        given().post("/api/v1/admin/replay").then().statusCode(200)
                .body("newPartVersions", equalTo(0)).body("newChanges", equalTo(0))
                .body("disclosureVersions", equalTo(0));
        assertThat(pullAll()).isEqualTo(feed);
    }

    @Test
    void aBadSequenceIsBadInput() {
        Problems.assertInvalidField(given().queryParam("after", "x").get("/api/v1/changes").then(), "after");
        Problems.assertInvalidField(given().queryParam("after", -1).get("/api/v1/changes").then(), "after");
        Problems.assertInvalidField(given().queryParam("limit", 0).get("/api/v1/changes").then(), "limit");
    }
}
