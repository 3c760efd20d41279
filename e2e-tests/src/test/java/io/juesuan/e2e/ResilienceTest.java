package io.juesuan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.AdminTokenByDefault;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Nothing published is lost while the gateway or the broker is down. */
@ExtendWith(AdminTokenByDefault.class)
class ResilienceTest {

    private static final int YEAR = 2020;
    private static LocalStack stack;
    private static AccountsApi accounts;
    private static GatewayApi gateway;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        accounts = new AccountsApi(stack.accounts.url());
        gateway = new GatewayApi(stack.gateway.url());
    }

    @Test
    void correctionPublishedWhileTheGatewayIsDownAppearsAfterItRestarts() {
        String dept = accounts.registerSeedDepartment();
        String seed = DemoData.read("final-accounts.json");
        accounts.saveAndPublish(dept, YEAR, seed);
        gateway.awaitVersion(dept, YEAR, "finalAccounts", 1, Duration.ofSeconds(30));

        stack.gateway.stop();
        try {
            // the department corrects a printed total: 本年收入合计 842.14 → 842.15
            accounts.save(dept, YEAR, seed.replace("\"INCOME_TOTAL\": {\n        \"amount\": 842.14",
                    "\"INCOME_TOTAL\": {\n        \"amount\": 842.15")).statusCode(200);
            accounts.publish(dept, YEAR, "本年收入合计更正").statusCode(200).body("publishedVersion", equalTo(2));
        } finally {
            stack.restart(stack.gateway);
        }

        gateway.awaitVersion(dept, YEAR, "finalAccounts", 2, Duration.ofSeconds(30));
        gateway.disclosure(dept, YEAR)
                .body("finalAccounts.tables.'01'.rows.find { it.code == 'INCOME_TOTAL' }.values.amount", equalTo(842.15f))
                .body("finalAccounts.correctionReason", equalTo("本年收入合计更正"));
    }

    @Test
    void publishesDuringABrokerOutageSucceedAndArriveOnceWhenItIsBack() {
        String dept = accounts.registerSeedDepartment();
        accounts.save(dept, YEAR, DemoData.read("final-accounts.json")).statusCode(201);

        stack.broker("stop");
        try {
            accounts.publish(dept, YEAR, null).statusCode(200).body("publishedVersion", equalTo(1));
            ServiceProcess.sleep(2_000);
            gateway.disclosure(dept, YEAR).statusCode(404);
        } finally {
            stack.broker("start");
        }

        gateway.awaitVersion(dept, YEAR, "finalAccounts", 1, Duration.ofSeconds(60));
        List<JsonNode> events = TopicReader.eventsWithKey(LocalStack.TOPIC_PREFIX + "accounts.disclosures.v1",
                dept + ":" + YEAR, found -> false, Duration.ofSeconds(5));
        assertThat(events).extracting(e -> e.get("publishedVersion").asInt()).containsExactly(1);
    }

    /** Two replicas share the consumer group and the database: the feed stays one gap-free sequence. */
    @Test
    void twoGatewayReplicasNumberTheFeedWithoutGapsOrRepeats() {
        ServiceProcess replica = stack.gatewayInstance("gateway-replica");
        replica.start();
        replica.awaitReady(Duration.ofSeconds(90));
        try {
            PartApi evaluation = new PartApi(stack.evaluation.url(), "/api/v1/evaluations");
            PartApi procurement = new PartApi(stack.procurement.url(), "/api/v1/procurement");
            List<String> departments = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String dept = DemoData.randomDepartmentCode();
                departments.add(dept);
                procurement.saveAndPublish(dept, YEAR, DemoData.read("procurement.json"));
                evaluation.saveAndPublish(dept, YEAR, DemoData.read("evaluation.json"));
            }
            GatewayApi viaReplica = new GatewayApi(replica.url());
            for (String dept : departments) {
                gateway.awaitVersion(dept, YEAR, "procurement", 1, Duration.ofSeconds(60));
                viaReplica.awaitVersion(dept, YEAR, "evaluation", 1, Duration.ofSeconds(60));
            }
            List<Map<String, Object>> feed = viaReplica.changes();
            assertThat(feed).extracting(e -> ((Number) e.get("sequence")).longValue())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, feed.size()).boxed().toList());
            for (String dept : departments) {
                List<Map<String, Object>> ours = feed.stream().filter(e -> dept.equals(e.get("departmentCode")))
                        .toList();
                assertThat(ours).extracting(e -> e.get("part")).containsExactlyInAnyOrder("procurement", "evaluation");
                assertThat(ours).extracting(e -> e.get("version")).containsExactlyInAnyOrder(1, 2);
            }
        } finally {
            replica.stop();
        }
    }
}
