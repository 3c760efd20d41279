package io.juesuan.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.juesuan.platform.testing.EventContract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Sends events to the gateway's test topics as the services' relays would, envelope and all. */
final class PartEvents implements AutoCloseable {

    private static final int YEAR = 2020;

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
        envelope.set("payload", payload);
        return envelope.toString();
    }

    static ObjectNode payload() {
        return JSON.createObjectNode();
    }

    void send(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    }

    /** Sends an event after checking it holds to its topic's contract, as the producer's events do. */
    void publish(String topic, String key, String value) throws Exception {
        EventContract.assertConforms(JSON.readTree(value), topic);
        send("test." + topic, key, value);
    }

    void finalAccounts(String dept, int version, String departmentName, String totalIncome) throws Exception {
        finalAccounts(dept, version, departmentName, totalIncome, null);
    }

    /** A version of the final accounts; a correction (version 2 on) carries its reason. */
    void finalAccounts(String dept, int version, String departmentName, String totalIncome, String reason)
            throws Exception {
        publishFinalAccounts(dept, version, finalAccountsPayload(dept, version, departmentName, totalIncome, reason));
    }

    /**
     * Final accounts in 元 as accounts-service publishes them, cut down: table 01's two totals (expenditure fixed at
     * the seed's 842.14 万元), 三公 (5,300 元 spent of 15,000), and 2011302's 项目支出 of 55.43 万元 over two funds.
     */
    static ObjectNode finalAccountsPayload(String dept, int version, String departmentName, String totalIncome,
                                           String reason) {
        ObjectNode payload = common(payload(), version).put("correctionReason", reason);
        payload.putObject("department").put("code", dept).put("name", departmentName)
                .put("divisionCode", dept.substring(0, 6));
        payload.put("year", YEAR).put("unit", "元");
        payload.putObject("profile").putArray("units");
        payload.putArray("income");
        ArrayNode expenditure = payload.putArray("expenditure");
        expenditure.addObject().put("functionCode", "2011302").put("fund", "GENERAL_BUDGET")
                .putObject("amounts").put("project", new BigDecimal("477300.00"));
        expenditure.addObject().put("functionCode", "2011302").put("fund", "NON_FISCAL")
                .putObject("amounts").put("project", new BigDecimal("77000.00"));
        ObjectNode threePublic = payload.putObject("threePublic");
        threePublic.putObject("actual").put("abroad", BigDecimal.ZERO).put("vehiclePurchase", BigDecimal.ZERO)
                .put("vehicleOperation", BigDecimal.ZERO).put("reception", new BigDecimal("5300.00"));
        threePublic.putObject("budget").put("abroad", BigDecimal.ZERO).put("vehiclePurchase", BigDecimal.ZERO)
                .put("vehicleOperation", BigDecimal.ZERO).put("reception", new BigDecimal("15000.00"));
        ObjectNode table01 = payload.putObject("tables").putObject("01").put("id", "01").put("title", "收入支出决算总表")
                .put("unit", "万元").put("empty", false);
        table01.putArray("columns").addObject().put("key", "amount").put("title", "决算数");
        ArrayNode rows = table01.putArray("rows");
        rows.addObject().put("code", "INCOME_TOTAL").put("name", "本年收入合计")
                .put("level", "TOTAL").putObject("values").put("amount", new BigDecimal(totalIncome));
        rows.addObject().put("code", "EXPENDITURE_TOTAL").put("name", "本年支出合计")
                .put("level", "TOTAL").putObject("values").put("amount", new BigDecimal("842.14"));
        ObjectNode explanations = payload.putObject("explanations").put("priorYearSource", "DOCUMENT");
        explanations.putArray("lines").addObject().put("key", "INCOME").put("name", "收入")
                .put("amount", new BigDecimal(totalIncome));
        explanations.putArray("sections").addObject().put("id", "OVERVIEW").put("title", "一、收入支出决算总体情况说明")
                .putArray("paragraphs").add(YEAR + "年收入" + totalIncome + "万元。");
        return payload;
    }

    void publishFinalAccounts(String dept, int version, ObjectNode payload) throws Exception {
        publish("accounts.disclosures.v1", dept + ":" + YEAR,
                envelope("final-accounts", "FinalAccountsPublished", dept + ":" + YEAR, version, payload));
    }

    void evaluation(String dept, int version, int score) throws Exception {
        publishEvaluation(dept, version, evaluationPayload(dept, version, score, "45.23"));
    }

    /** One project of function 2011302 with the score and the 万元 it spent, as the fund table's 合计 row says. */
    static ObjectNode evaluationPayload(String dept, int version, int score, String spent) {
        ObjectNode payload = common(payload().put("departmentCode", dept).put("year", YEAR), version);
        ObjectNode project = payload.putArray("projects").addObject().put("name", "招商和政务网安全维护等专项")
                .put("functionCode", "2011302").put("totalScore", score).put("grade", score >= 90 ? "优" : "良");
        project.putObject("fundTable").putObject("rows").putObject("TOTAL").put("spent", new BigDecimal(spent));
        payload.put("projectCount", 1).put("fundsCovered", new BigDecimal("160.00"));
        return payload;
    }

    void publishEvaluation(String dept, int version, ObjectNode payload) throws Exception {
        publish("evaluation.evaluations.v1", dept + ":" + YEAR,
                envelope("evaluation", "EvaluationPublished", dept + ":" + YEAR, version, payload));
    }

    void procurement(String dept, int version, String total) throws Exception {
        publish("procurement.summaries.v1", dept + ":" + YEAR, envelope("procurement", "ProcurementPublished",
                dept + ":" + YEAR, version, procurementPayload(dept, version, total)));
    }

    /** A declared summary, as procurement-service publishes one: no contracts, so no summary of theirs. */
    static ObjectNode procurementPayload(String dept, int version, String total) {
        ObjectNode payload = common(payload().put("departmentCode", dept).put("year", YEAR), version);
        payload.put("unit", "万元").put("sentence", "本单位" + YEAR + "年度政府采购支出总额" + total + "万元。");
        payload.putNull("contractSummary");
        payload.putObject("declaredSummary").put("total", new BigDecimal(total));
        return payload;
    }

    /** A declared summary stating its total and its SME amount only: the small and micro amount is absent. */
    void declaredWithoutSmallMicro(String dept, int version, String total, String sme) throws Exception {
        ObjectNode payload = procurementPayload(dept, version, total);
        ((ObjectNode) payload.path("declaredSummary")).put("sme", new BigDecimal(sme));
        publish("procurement.summaries.v1", dept + ":" + YEAR,
                envelope("procurement", "ProcurementPublished", dept + ":" + YEAR, version, payload));
    }

    /** Procurement entered as contracts: the summary they give, in 万元. */
    void contracts(String dept, int version, String total, String sme, String smallMicro) throws Exception {
        ObjectNode payload = common(payload().put("departmentCode", dept).put("year", YEAR), version);
        payload.put("unit", "万元");
        payload.putObject("contractSummary").put("total", new BigDecimal(total)).put("sme", new BigDecimal(sme))
                .put("smallMicro", new BigDecimal(smallMicro));
        publish("procurement.summaries.v1", dept + ":" + YEAR,
                envelope("procurement", "ProcurementPublished", dept + ":" + YEAR, version, payload));
    }

    private static ObjectNode common(ObjectNode payload, int version) {
        payload.put("publishedVersion", version).put("publishedAt", OffsetDateTime.now().toString());
        payload.putArray("findings");
        return payload;
    }

    @Override
    public void close() {
        producer.close();
    }
}
