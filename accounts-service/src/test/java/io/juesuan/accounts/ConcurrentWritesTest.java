package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Tokens;
import io.juesuan.platform.testing.TopicReader;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Writers racing for one department-year, against the real database and broker: each test names the invariant it
 * holds, and no race ends in a 500.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String BATCH = "/api/v1/final-accounts/{year}/batch";
    private static final String TOPIC = "test.accounts.disclosures.v1";
    private static final String SEED = DemoData.read("final-accounts.json");
    private static final String OFFICE = "\"officeOperation\": 25.60";

    /** The seed's document with another 机关运行经费, so each writer's save is told apart. */
    private static String documentWith(int officeOperation) {
        assertThat(SEED).contains(OFFICE);
        return SEED.replace(OFFICE, "\"officeOperation\": " + officeOperation + ".00");
    }

    private static String register() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        return dept;
    }

    /** Runs the calls at the same moment (a latch lets them go together); their responses in call order. */
    private static List<Response> atOnce(int count, IntFunction<Response> call) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.apply(index);
                }));
            }
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }

    /** The events of a department-year on the topic, once no more come for a few seconds. */
    private static List<Integer> publishedVersionsOnTheTopic(String dept, int atLeast) {
        TopicReader.awaitEvents(TOPIC, dept + ":2020", atLeast);
        return TopicReader.eventsWithKey(TOPIC, dept + ":2020", found -> false, Duration.ofSeconds(3)).stream()
                .map(event -> event.get("publishedVersion").asInt()).toList();
    }

    @Test
    void twentySavesWithOneIfMatchLeaveOneWinnerAndNoLostUpdate() {
        String dept = register();
        given().contentType(ContentType.JSON).body(documentWith(25)).put(URL, dept, 2020).then().statusCode(201)
                .header("ETag", "\"r1\"");

        List<Response> saves = atOnce(20, i -> given().contentType(ContentType.JSON).header("If-Match", "\"r1\"")
                .body(documentWith(100 + i)).put(URL, dept, 2020));

        // the invariant: exactly one save of revision 1 wins, every other is told its revision is gone (412)
        assertThat(statuses(saves)).containsOnly(200, 412);
        assertThat(Collections.frequency(statuses(saves), 200)).isEqualTo(1);
        int winner = statuses(saves).indexOf(200);
        // ...and what is stored is the winner's document (in 元), revision 2: no update lost, none half-applied
        given().get(URL, dept, 2020).then().statusCode(200).header("ETag", "\"r2\"")
                .body("officeOperation", equalTo((float) ((100 + winner) * 10_000)));
    }

    @Test
    void parallelSubmitsAndPublishesOfOneRevisionPublishOneVersionWithOneEvent() {
        String dept = register();
        given().contentType(ContentType.JSON).body(SEED).put(URL, dept, 2020).then().statusCode(201);

        List<Response> steps = atOnce(16, i -> i < 4
                ? given().contentType(ContentType.JSON).body("{}").post(URL + "/submit", dept, 2020)
                : given().contentType(ContentType.JSON).body("{}").post(URL + "/publish", dept, 2020));
        List<Integer> publishes = new ArrayList<>(statuses(steps).subList(4, 16));
        if (!publishes.contains(200)) {
            // every publish came before the submission: race the publishes alone
            publishes.addAll(statuses(atOnce(12, i -> given().contentType(ContentType.JSON).body("{}")
                    .post(URL + "/publish", dept, 2020))));
        }

        // the invariant: one publication of the revision, the others refused as conflicts, never a 500
        assertThat(statuses(steps).subList(0, 4)).containsOnly(200, 409);
        assertThat(publishes).containsOnly(200, 409);
        assertThat(Collections.frequency(publishes, 200)).isEqualTo(1);
        given().get(URL + "/versions", dept, 2020).then().statusCode(200)
                .body("publishedVersion", equalTo(List.of(1)));
        assertThat(publishedVersionsOnTheTopic(dept, 1)).containsExactly(1);
    }

    @Test
    void twoReviewersPublishingCorrectionsAtOnceNeverDuplicateAVersion() {
        String dept = register();
        given().contentType(ContentType.JSON).body(SEED).put(URL, dept, 2020).then().statusCode(201);
        Workflow.submitAndPublish(URL, dept, 2020, "{}").statusCode(200);
        List<String> reviewers = List.of(Tokens.reviewer("35"), Tokens.reviewer(dept.substring(0, 6)));
        int rounds = 4;
        for (int round = 1; round <= rounds; round++) {
            given().contentType(ContentType.JSON).body(documentWith(40 + round)).put(URL, dept, 2020).then()
                    .statusCode(200);
            Workflow.submit(URL, dept, 2020).statusCode(200);
            int r = round;
            List<Response> publishes = atOnce(2, i -> given().auth().oauth2(reviewers.get(i))
                    .contentType(ContentType.JSON).body("{\"reason\": \"更正第" + r + "次（审核人" + i + "）\"}")
                    .post(URL + "/publish", dept, 2020));
            // the invariant: one of the two publishes the correction, the other is refused (409), never both
            assertThat(statuses(publishes)).containsExactlyInAnyOrder(200, 409);
        }
        List<Integer> expected = IntStream.rangeClosed(1, rounds + 1).boxed().toList();
        given().get(URL + "/versions", dept, 2020).then().statusCode(200)
                .body("publishedVersion", equalTo(expected));
        // ...and the events carry each version once, in order
        assertThat(publishedVersionsOnTheTopic(dept, rounds + 1)).containsExactlyElementsOf(expected);
    }

    @Test
    void parallelBatchesOverTheSameDepartmentsInOtherOrdersAreSerialisedWithoutDeadlock() {
        List<String> departments = List.of(DemoData.randomDepartmentCode(), DemoData.randomDepartmentCode(),
                DemoData.randomDepartmentCode());
        String nativeSeed = FinalAccountsDocuments.nativeSeed();
        int batches = 4;
        List<Response> responses = atOnce(batches, b -> {
            List<String> items = new ArrayList<>();
            for (int k = 0; k < departments.size(); k++) {
                // each batch names the departments in another order: locks taken in item order would deadlock
                String dept = departments.get((b + k) % departments.size());
                items.add("{\"department\":" + DemoData.departmentAs(dept) + ",\"document\":" + nativeSeed
                        + ",\"publication\":{" + Workflow.APPROVAL + ", \"reason\": \"批量更正 " + b + "\"}}");
            }
            return given().contentType(ContentType.JSON).body("{\"items\":[" + String.join(",", items) + "]}")
                    .post(BATCH, 2020);
        });

        // the invariant: every batch runs whole, one after the other (none refused by a deadlock, none a 500)
        assertThat(statuses(responses)).as(responses.stream().map(Response::asString).toList().toString())
                .containsOnly(200);
        List<Integer> expected = IntStream.rangeClosed(1, batches).boxed().toList();
        for (String dept : departments) {
            given().get(URL + "/versions", dept, 2020).then().statusCode(200)
                    .body("publishedVersion", equalTo(expected));
            List<JsonNode> events = TopicReader.awaitEvents(TOPIC, dept + ":2020", batches);
            assertThat(events).extracting(event -> event.get("publishedVersion").asInt())
                    .containsExactlyElementsOf(expected);
        }
    }
}
