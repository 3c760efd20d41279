package io.juesuan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The four services started once per test run against the real PostgreSQL (the *_test databases) and Kafka
 * (topics prefixed {@code e2e.}), with {@code deploy/local/kafka.sh} to stop and start the broker; under
 * {@code make chaos}, against a broker of its own ({@code chaos-broker.sh}).
 */
final class LocalStack {

    static final String TOPIC_PREFIX = "e2e.";
    /** The broker the stack uses: make test's shared one, or make chaos's own (chaos-broker.sh). */
    static final String KAFKA = System.getProperty("juesuan.e2e.kafka", "127.0.0.1:9092");
    /** The script that starts, stops and kills that broker. */
    private static final String BROKER_SCRIPT = System.getProperty("juesuan.e2e.broker-script", "kafka.sh");
    private static final Duration READY = Duration.ofSeconds(90);
    private static LocalStack instance;

    final Path root = Path.of(System.getProperty("juesuan.root", "..")).toAbsolutePath().normalize();
    final ServiceProcess accounts = service("accounts", "accounts-service", Map.of());
    final ServiceProcess evaluation = service("evaluation", "evaluation-service", Map.of());
    final ServiceProcess procurement = service("procurement", "procurement-service", Map.of());
    private final String gatewayGroup = "e2e-gateway-" + UUID.randomUUID();
    final ServiceProcess gateway = gatewayInstance("gateway");

    /** A gateway on the same database and in the same consumer group as the others: one more replica. */
    ServiceProcess gatewayInstance(String name) {
        return service(name, "gateway", "gateway", Map.of(
                "juesuan.gateway.consumer-group", gatewayGroup,
                "juesuan.gateway.upstream.accounts", accounts.url(),
                "juesuan.gateway.upstream.evaluation", evaluation.url(),
                "juesuan.gateway.upstream.procurement", procurement.url()));
    }

    static synchronized LocalStack get() {
        if (instance == null) {
            instance = new LocalStack();
            instance.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll));
        }
        return instance;
    }

    private ServiceProcess service(String name, String module, Map<String, String> extra) {
        return service(name, name, module, extra);
    }

    private ServiceProcess service(String name, String database, String module, Map<String, String> extra) {
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database + "_test",
                "juesuan.kafka.topic-prefix", TOPIC_PREFIX,
                "juesuan.kafka.bootstrap-servers", KAFKA,
                "juesuan.outbox.poll-interval", "200ms",
                // the tests send thousands of requests from one address; RateLimitTest holds the limits
                "juesuan.rate-limit.enabled", "false",
                "mp.jwt.verify.publickey.location",
                "file:" + root.resolve("deploy/local/jwt/dev-public.pem")));
        properties.putAll(extra);
        return new ServiceProcess(name, root, module, properties);
    }

    private void startAll() {
        List<ServiceProcess> all = List.of(accounts, evaluation, procurement, gateway);
        all.forEach(ServiceProcess::start);
        all.forEach(s -> s.awaitReady(READY));
    }

    private void stopAll() {
        List.of(gateway, accounts, evaluation, procurement).forEach(ServiceProcess::stop);
    }

    void restart(ServiceProcess service) {
        service.start();
        service.awaitReady(READY);
    }

    /** Runs the broker's script: {@code start|stop|kill}, and for the chaos broker {@code fill-disk|free-disk}. */
    void broker(String action) {
        script(BROKER_SCRIPT, action);
    }

    /** Runs {@code deploy/local/postgres.sh start|crash}: the database server every service shares. */
    void database(String action) {
        script("postgres.sh", action);
    }

    private void script(String name, String action) {
        try {
            Process script = new ProcessBuilder("bash", root.resolve("deploy/local/" + name).toString(), action)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            root.resolve("e2e-tests/target/e2e-logs/scripts.log").toFile()))
                    .start();
            if (!script.waitFor(120, TimeUnit.SECONDS) || script.exitValue() != 0) {
                throw new IllegalStateException(name + " " + action + " failed; see e2e-tests/target/e2e-logs/"
                        + "scripts.log");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
