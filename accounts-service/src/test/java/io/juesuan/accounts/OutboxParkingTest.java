package io.juesuan.accounts;

import io.juesuan.platform.outbox.OutboxPruner;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.juesuan.platform.testing.TopicReader;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * An outbox that cannot jam, against the real database and broker: a row the broker refuses (a record over its size
 * limit) is tried with back-off, parked after three tries (the test profile's N) with its error, and holds back only
 * the rows of its own key while a publication of another department flows; an administrator lists it, retries it
 * and discards it, after which the row behind it goes out. Pruning deletes only rows done with past the retention.
 */
@QuarkusTest
class OutboxParkingTest {

    private static final String TOPIC = "test.accounts.disclosures.v1";
    private static final String PARKED = "/api/v1/outbox/accounts/parked";
    /** Over the producer's max.request.size (1 MiB): the broker's client refuses it every time, not retriably. */
    private static final String TOO_LARGE = "x".repeat(1_100_000);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxPruner pruner;

    @Test
    void aRefusedRowIsParkedHoldingBackOnlyItsKeyAndAnAdministratorRetriesOrDiscardsIt() {
        String key = "poison-" + UUID.randomUUID().toString().substring(0, 8) + ":2024";
        UUID poison = insert(key, TOO_LARGE);
        UUID behind = insert(key, "{\"behind\": true}");

        Row parked = await(poison, row -> row.parkedAt() != null);
        // the invariant: parked after N failed sends, with the broker's error, never marked sent
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.lastError()).contains("RecordTooLargeException");
        assertThat(parked.publishedAt()).isNull();

        // another department's publication flows past it
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(DemoData.read("final-accounts.json"))
                .put("/api/v1/final-accounts/{d}/{y}", dept, 2020).then().statusCode(201);
        Workflow.submitAndPublish("/api/v1/final-accounts/{d}/{y}", dept, 2020, "{}").statusCode(200);
        assertThat(TopicReader.awaitEvents(TOPIC, dept + ":2020", 1)).hasSize(1);
        // ...while the row behind it, of its own key, waits: order per key is the promise
        assertThat(row(behind).publishedAt()).isNull();
        assertThat(row(behind).attempts()).isZero();

        given().get(PARKED + "?limit=500").then().statusCode(200)
                .body("find { it.id == '" + poison + "' }.key", equalTo(key))
                .body("find { it.id == '" + poison + "' }.attempts", equalTo(3))
                .body("find { it.id == '" + poison + "' }.waitingBehind", equalTo(1))
                .body("find { it.id == '" + poison + "' }.payloadChars", equalTo(TOO_LARGE.length()));
        assertThat(given().auth().none().get("/q/metrics").asString()).containsPattern("(?m)^juesuan_outbox_parked [1-9]");
        // administrators only
        given().auth().oauth2(Tokens.reviewer("35")).get(PARKED).then().statusCode(403);
        given().auth().none().get(PARKED).then().statusCode(401);

        // retried: tried again at once (its count starts over) and, still refused, parked again
        given().post(PARKED + "/{id}/retry", parked.position()).then().statusCode(200).body("attempts", equalTo(0));
        assertThat(await(poison, row -> row.parkedAt() != null && row.attempts() == 3).publishedAt()).isNull();

        // discarded, with a reason: never sent, and the row behind it goes out
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post(PARKED + "/{id}/discard", parked.position()).then(), "reason");
        given().contentType(ContentType.JSON).body("{\"reason\": \"记录超过消息大小上限 / over the size limit\"}")
                .post(PARKED + "/{id}/discard", parked.position()).then().statusCode(200)
                .body("discardReason", equalTo("记录超过消息大小上限 / over the size limit"));
        assertThat(await(behind, row -> row.publishedAt() != null).attempts()).isZero();
        assertThat(row(poison).publishedAt()).isNull();
        assertThat(TopicReader.awaitEvents(TOPIC, key, 1).get(0).path("behind").asBoolean()).isTrue();
        given().get(PARKED + "?limit=500").then().statusCode(200).body("id", org.hamcrest.Matchers.not(
                hasItem(poison.toString())));

        // hostile paging and reasons are refused naming the parameter, and change nothing
        Problems.assertInvalidField(given().get(PARKED + "?limit=0").then(), "limit");
        Problems.assertInvalidField(given().get(PARKED + "?limit=501").then(), "limit");
        Problems.assertInvalidField(given().get(PARKED + "?after=-1").then(), "after");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body("{\"reason\": \"" + "长".repeat(501) + "\"}").post(PARKED + "/{id}/discard", parked.position())
                .then(), "reason");
        given().contentType(ContentType.JSON).body("{\"reason\": \"x\", \"extra\": 1}")
                .post(PARKED + "/{id}/discard", parked.position()).then().statusCode(400);

        // what is no longer parked, or never was, or is not an id, is not found
        Problems.assertProblem(given().post(PARKED + "/{id}/retry", parked.position()).then(), 404);
        Problems.assertProblem(given().post(PARKED + "/{id}/retry", row(behind).position()).then(), 404);
        for (String hostile : List.of("0", "-1", "0" + parked.position(), "<script>", poison.toString(), "1e3")) {
            given().post(PARKED + "/{id}/retry", hostile).then().statusCode(404);
        }
    }

    @Test
    void aRowCuredWhileParkedIsSentAtOnceWhenRetried() {
        String key = "cured-" + UUID.randomUUID().toString().substring(0, 8) + ":2024";
        UUID row = insert(key, TOO_LARGE);
        long position = await(row, r -> r.parkedAt() != null).position();
        // the cause cured (here: the record made smaller; in production e.g. the size limit raised)
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE outbox_event SET payload = '{\"cured\": true}' WHERE id = ?1").setParameter(1, row)
                .executeUpdate());
        given().post(PARKED + "/{id}/retry", position).then().statusCode(200);
        assertThat(await(row, r -> r.publishedAt() != null).parkedAt()).isNull();
        assertThat(TopicReader.awaitEvents(TOPIC, key, 1)).hasSize(1);
    }

    /**
     * Another replica's relay holding a key's earlier row (locked, so this relay's claim skips it) holds back the
     * key's later rows here too: they leave after it, in order.
     */
    @Test
    void aRowHeldByAnotherRelayHoldsBackTheLaterRowsOfItsKey() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String key = "held-" + UUID.randomUUID().toString().substring(0, 8) + ":2024";
            UUID earlier = insert(key, "{\"order\": 1}");
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> otherRelay = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                    .run(() -> {
                        entityManager.createNativeQuery("SELECT id FROM outbox_event WHERE id = ?1 FOR UPDATE")
                                .setParameter(1, earlier).getResultList();
                        locked.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            if (row(earlier).publishedAt() != null) {
                // this relay sent it before the other could hold it: try again with another key
                release.countDown();
                otherRelay.get(30, TimeUnit.SECONDS);
                continue;
            }
            UUID later = insert(key, "{\"order\": 2}");
            Thread.sleep(3_000);
            // the invariant: the later row waits while the earlier one is held elsewhere
            assertThat(row(later).publishedAt()).as("the later row of a key whose earlier row is held").isNull();
            release.countDown();
            otherRelay.get(30, TimeUnit.SECONDS);
            await(later, row -> row.publishedAt() != null);
            assertThat(TopicReader.awaitEvents(TOPIC, key, 2)).extracting(event -> event.path("order").asInt())
                    .containsExactly(1, 2);
            return;
        }
        throw new AssertionError("the relay sent the earlier row before a test transaction could hold it, 5 times");
    }

    @Test
    void pruningDeletesOnlyRowsDoneWithBeforeTheRetention() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String key = "pruned-" + UUID.randomUUID().toString().substring(0, 8) + ":2024";
        UUID sentLongAgo = insert(key, "{}", "published_at = now() - interval '8 days'");
        UUID discardedLongAgo = insert(key, "{}", "discarded_at = now() - interval '8 days', parked_at = "
                + "now() - interval '9 days'");
        UUID sentLately = insert(key, "{}", "published_at = now() - interval '1 hour'");
        UUID parkedLongAgo = insert(key + "p", TOO_LARGE, "parked_at = now() - interval '8 days', attempts = 10");
        UUID backingOff = insert(key + "b", "{}", "next_attempt_at = now() + interval '1 day'");

        assertThat(pruner.prune(now.minusDays(7))).isGreaterThanOrEqualTo(2);

        assertThat(exists(sentLongAgo)).isFalse();
        assertThat(exists(discardedLongAgo)).isFalse();
        assertThat(exists(sentLately)).isTrue();
        assertThat(exists(parkedLongAgo)).as("a parked row is never pruned").isTrue();
        assertThat(exists(backingOff)).as("an unsent row is never pruned").isTrue();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE outbox_event SET discarded_at = now(), discard_reason = 'test' WHERE id IN (?1, ?2)")
                .setParameter(1, parkedLongAgo).setParameter(2, backingOff).executeUpdate());
    }

    /** An outbox row of the state a test needs, as a service's write would leave it. */
    private UUID insert(String key, String payload) {
        return insert(key, payload, null);
    }

    private UUID insert(String key, String payload, String state) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload)
                            VALUES (?1, 'FinalAccounts', ?2, 'FinalAccountsPublished', now(), ?3)""")
                    .setParameter(1, id).setParameter(2, key).setParameter(3, payload).executeUpdate();
            if (state != null) {
                entityManager.createNativeQuery("UPDATE outbox_event SET " + state + " WHERE id = ?1")
                        .setParameter(1, id).executeUpdate();
            }
        });
        return id;
    }

    /** The relay's state of a row. */
    private record Row(long position, int attempts, String lastError, OffsetDateTime parkedAt,
                       OffsetDateTime publishedAt) {
    }

    private Row row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] cells = (Object[]) entityManager.createNativeQuery("""
                            SELECT position, attempts, last_error, parked_at, published_at FROM outbox_event
                            WHERE id = ?1""").setParameter(1, id).getSingleResult();
            return new Row(((Number) cells[0]).longValue(), (Integer) cells[1], (String) cells[2], offset(cells[3]),
                    offset(cells[4]));
        });
    }

    private static OffsetDateTime offset(Object cell) {
        return cell == null ? null : cell instanceof OffsetDateTime o ? o
                : ((java.time.Instant) cell).atOffset(ZoneOffset.UTC);
    }

    private boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "SELECT 1 FROM outbox_event WHERE id = ?1").setParameter(1, id).getResultList().isEmpty());
    }

    /** The row once it is in the state looked for; fails after 30 seconds. */
    private Row await(UUID id, Predicate<Row> state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Row row = row(id);
            if (state.test(row)) {
                return row;
            }
            assertThat(System.nanoTime()).as("outbox row %s not in the state awaited: %s", id, row).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
