package io.juesuan.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Sends events to the gateway's test topics as the services' relays would, envelope and all. */
final class PartEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

    /** An envelope around {@code payload}, as {@code io.juesuan.platform.outbox.Outbox} writes it. */
    static String envelope(String aggregateType, String type, String key, int version, ObjectNode payload) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("key", key);
        envelope.put("aggregateType", aggregateType);
        envelope.put("publishedVersion", version);
        envelope.put("occurredAt", OffsetDateTime.now().toString());
        envelope.put("schemaVersion", 1);
        envelope.set("payload", payload.put("publishedVersion", version));
        return envelope.toString();
    }

    static ObjectNode payload() {
        return JSON.createObjectNode();
    }

    void send(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    }

    void finalAccounts(String dept, int version, String departmentName, String totalIncome) throws Exception {
        ObjectNode payload = payload();
        payload.putObject("department").put("code", dept).put("name", departmentName)
                .put("divisionCode", dept.substring(0, 6));
        payload.putObject("table01").put("totalIncome", new java.math.BigDecimal(totalIncome));
        send("test.accounts.disclosures.v1", dept + ":2020",
                envelope("final-accounts", "FinalAccountsPublished", dept + ":2020", version, payload));
    }

    void evaluation(String dept, int version, int score) throws Exception {
        ObjectNode payload = payload();
        payload.putArray("projects").addObject().put("totalScore", score).put("grade", score >= 90 ? "优" : "良");
        send("test.evaluation.evaluations.v1", dept + ":2020",
                envelope("evaluation", "EvaluationPublished", dept + ":2020", version, payload));
    }

    void procurement(String dept, int version, String total) throws Exception {
        ObjectNode payload = payload();
        payload.putObject("declaredSummary").put("total", new java.math.BigDecimal(total));
        send("test.procurement.summaries.v1", dept + ":2020",
                envelope("procurement", "ProcurementPublished", dept + ":2020", version, payload));
    }

    @Override
    public void close() {
        producer.close();
    }
}
