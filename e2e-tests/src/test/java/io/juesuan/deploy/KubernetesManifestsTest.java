package io.juesuan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.juesuan.deploy.Manifests.named;
import static io.juesuan.deploy.Manifests.ofKind;
import static io.juesuan.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** The invariants of the Kubernetes resources, checked on both overlays as rendered (no cluster here). */
class KubernetesManifestsTest {

    private static final Map<String, String> SERVICES = Map.of("accounts-service", "accounts",
            "evaluation-service", "evaluation", "procurement-service", "procurement", "gateway", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsProbedBoundedAndLockedDown(String overlay) {
        List<JsonNode> documents = render(overlay);
        assertThat(ofKind(documents, "Deployment")).hasSize(4);
        for (JsonNode deployment : ofKind(documents, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/started");
            for (String bound : List.of("requests", "limits")) {
                assertThat(container.at("/resources/" + bound + "/cpu").asText()).as(name + " cpu " + bound)
                        .isNotEmpty();
                assertThat(container.at("/resources/" + bound + "/memory").asText()).as(name + " memory " + bound)
                        .isNotEmpty();
            }
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).as(name).isPositive();
            JsonNode security = container.path("securityContext");
            assertThat(security.path("allowPrivilegeEscalation").isBoolean()
                    && !security.path("allowPrivilegeEscalation").asBoolean()).as(name).isTrue();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
            assertThat(texts(security.at("/capabilities/drop"))).as(name).contains("ALL");
            String tmpVolume = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                    .filter(m -> "/tmp".equals(m.path("mountPath").asText())).map(m -> m.path("name").asText())
                    .findFirst().orElseThrow(() -> new AssertionError(name + " mounts nothing on /tmp"));
            assertThat(StreamSupport.stream(pod.path("volumes").spliterator(), false)
                    .anyMatch(v -> tmpVolume.equals(v.path("name").asText()) && v.has("emptyDir"))).as(name).isTrue();
            assertThat(StreamSupport.stream(container.path("env").spliterator(), false)
                    .filter(e -> e.path("name").asText().endsWith("_DB_PASSWORD"))
                    .allMatch(e -> e.has("valueFrom") && e.at("/valueFrom/secretKeyRef/name").isTextual()))
                    .as(name + " takes its database password from a Secret").isTrue();
            assertThat(container.path("image").asText()).as(name).contains("/juesuan/" + name + ":");
            named(documents, "Service", name);
            named(documents, "PodDisruptionBudget", name);
            JsonNode monitor = named(documents, "ServiceMonitor", name);
            assertThat(monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);
            assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
            if (servicesAtProdSize(overlay)) {
                assertThat(named(documents, "ConfigMap", name + "-config").at("/data/LOG_JSON").asText())
                        .as(name + " logs JSON in prod").isEqualTo("true");
                assertThat(deployment.at("/spec/replicas").asInt()).as(name).isGreaterThanOrEqualTo(2);
                assertThat(pod.at("/affinity/podAntiAffinity").isMissingNode()).as(name).isFalse();
            } else {
                assertThat(deployment.at("/spec/replicas").asInt()).as(name).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromOutsideAndOnlyItReachesTheServices(String overlay) {
        List<JsonNode> documents = render(overlay);
        for (JsonNode ingress : ofKind(documents, "Ingress")) {
            assertThat(ingress.findValues("service").stream().map(s -> s.path("name").asText()))
                    .containsOnly("gateway");
        }
        assertThat(named(documents, "HorizontalPodAutoscaler", "gateway").at("/spec/scaleTargetRef/name").asText())
                .isEqualTo("gateway");
        JsonNode deny = named(documents, "NetworkPolicy", "juesuan-default-deny");
        assertThat(texts(deny.at("/spec/policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.at("/spec/podSelector/matchLabels/juesuan.io~1workload").asText()).isEqualTo("service");
        for (JsonNode deployment : ofKind(documents, "Deployment")) {
            assertThat(deployment.at("/spec/template/metadata/labels/juesuan.io~1workload").asText())
                    .as("the default deny covers " + deployment.at("/metadata/name").asText()).isEqualTo("service");
        }
        assertThat(named(documents, "NetworkPolicy", "metrics-from-monitoring")
                .findValues("kubernetes.io/metadata.name").stream().map(JsonNode::asText)).containsOnly("monitoring");
        JsonNode services = named(documents, "NetworkPolicy", "services-from-gateway");
        assertThat(services.findValues("from").stream().flatMap(f -> StreamSupport.stream(f.spliterator(), false))
                .map(f -> f.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())).containsOnly("gateway");
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            JsonNode egress = named(documents, "NetworkPolicy", service.getKey() + "-egress");
            List<String> databases = egress.findValues("cnpg.io/cluster").stream().map(JsonNode::asText).toList();
            assertThat(databases).as(service.getKey() + " reaches only its own database")
                    .containsExactly(service.getValue() + "-db");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsOnStrimziInKraftModeAndEveryTopicTheCodeUsesKeepsEveryEvent(String overlay) throws Exception {
        List<JsonNode> documents = render(overlay);
        JsonNode kafka = named(documents, "Kafka", "juesuan-kafka");
        assertThat(kafka.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1");
        assertThat(kafka.at("/spec/kafka/version").asText()).startsWith("4.1.");
        assertThat(kafka.at("/spec/zookeeper").isMissingNode()).isTrue();
        JsonNode pool = named(documents, "KafkaNodePool", "dual-role");
        assertThat(texts(pool.at("/spec/roles"))).containsExactlyInAnyOrder("controller", "broker");
        int nodes = pool.at("/spec/replicas").asInt();
        assertThat(nodes).isEqualTo(dataStoresAtProdSize(overlay) ? 3 : 1);

        List<String> codeTopics = new ArrayList<>();
        for (var field : Topics.class.getFields()) {
            codeTopics.add((String) field.get(null));
        }
        assertThat(codeTopics).hasSize(3);
        for (String topic : codeTopics) {
            JsonNode resource = ofKind(documents, "KafkaTopic").stream()
                    .filter(t -> topic.equals(t.at("/spec/topicName").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no KafkaTopic for " + topic));
            assertThat(resource.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("juesuan-kafka");
            assertThat(resource.at("/spec/config/retention.ms").asLong()).as(topic).isEqualTo(-1);
            assertThat(resource.at("/spec/config/cleanup.policy").asText()).as(topic).isEqualTo("delete");
            assertThat(resource.at("/spec/replicas").asInt()).as(topic)
                    .isEqualTo(dataStoresAtProdSize(overlay) ? 3 : 1);
            assertThat(resource.at("/spec/config/min.insync.replicas").asInt()).as(topic)
                    .isEqualTo(dataStoresAtProdSize(overlay) ? 2 : 1);
            assertThat(resource.at("/spec/replicas").asInt()).isLessThanOrEqualTo(nodes);
        }
        assertThat(ofKind(documents, "KafkaTopic")).hasSize(codeTopics.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsOwnBackedUpPostgresCluster(String overlay) {
        List<JsonNode> documents = render(overlay);
        for (String database : SERVICES.values()) {
            JsonNode cluster = named(documents, "Cluster", database + "-db");
            assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(dataStoresAtProdSize(overlay) ? 3 : 1);
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo(database);
            assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText()).isNotEmpty();
            assertThat(ofKind(documents, "ScheduledBackup").stream()
                    .anyMatch(b -> (database + "-db").equals(b.at("/spec/cluster/name").asText()))).isTrue();
        }
    }

    /** A setting a manifest gives a service must be one the service reads, or the manifest configures nothing. */
    @Test
    void everySettingAManifestGivesIsOneTheServiceReads() throws IOException {
        List<JsonNode> documents = render("prod");
        String shared = Files.readString(Manifests.ROOT.resolve(
                "platform/src/main/resources/META-INF/microprofile-config.properties"));
        for (JsonNode deployment : ofKind(documents, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            String properties = Files.readString(Manifests.ROOT.resolve(name)
                    .resolve("src/main/resources/application.properties")) + shared;
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            List<String> settings = new ArrayList<>();
            container.path("env").forEach(e -> settings.add(e.path("name").asText()));
            for (JsonNode source : container.path("envFrom")) {
                JsonNode configMap = named(documents, "ConfigMap", source.at("/configMapRef/name").asText());
                configMap.path("data").fieldNames().forEachRemaining(settings::add);
            }
            assertThat(settings).as(name).isNotEmpty();
            for (String setting : settings) {
                assertThat(properties).as(name + " reads " + setting).contains("${" + setting);
            }
        }
    }

    /**
     * Without kubectl the base is checked as written: it sizes Kafka and PostgreSQL for production and runs one
     * replica of each service, as dev does; only the overlays' patches go unchecked.
     */
    private static boolean dataStoresAtProdSize(String overlay) {
        return "prod".equals(overlay) || !Manifests.kubectlPresent();
    }

    private static boolean servicesAtProdSize(String overlay) {
        return "prod".equals(overlay) && Manifests.kubectlPresent();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
