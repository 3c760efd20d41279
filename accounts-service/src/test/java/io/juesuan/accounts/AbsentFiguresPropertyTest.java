package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.OptionalFields;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: from the seed's final accounts, drop any subset of the optional figures and set some others to zero.
 * Every save answers 2xx; no sentence states a dropped figure (each has the clause that would state it); every
 * number of the text is a figure of the tables, the lines or the document; a dropped figure is served absent.
 */
@QuarkusTest
class AbsentFiguresPropertyTest {

    static final int CASES = 60;
    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";

    /** Each optional figure and the clause that would state it. */
    private static final Map<String, String> CLAUSES = new LinkedHashMap<>();

    static {
        CLAUSES.put("/threePublic/counts/abroadGroupsOrganized", "本单位组织的出国团组\\d");
        CLAUSES.put("/threePublic/counts/abroadGroupsJoined", "参加其他部门出国团组\\d");
        CLAUSES.put("/threePublic/counts/abroadPersonTrips", "因公出国（境）累计\\d");
        CLAUSES.put("/threePublic/counts/vehiclesBought", "年公务用车购置\\d");
        CLAUSES.put("/threePublic/counts/vehiclesHeld", "保有量为\\d");
        CLAUSES.put("/threePublic/counts/receptionBatches", "\\d批次");
        CLAUSES.put("/threePublic/counts/receptionPersons", "(批次、|累计接待)\\d+人次");
        CLAUSES.put("/threePublic/actual/abroad", "因公出国（境）费支出\\d");
        CLAUSES.put("/threePublic/actual/vehiclePurchase", "公务用车购置费支出\\d");
        CLAUSES.put("/threePublic/actual/vehicleOperation", "公务用车运行费支出\\d");
        CLAUSES.put("/threePublic/actual/reception", "公务接待费支出\\d");
        CLAUSES.put("/threePublic/budget/abroad", "因公出国（境）费支出[\\d.]+万元，[^。]*预算");
        CLAUSES.put("/threePublic/budget/vehiclePurchase", "公务用车购置费支出[\\d.]+万元，[^。]*预算");
        CLAUSES.put("/threePublic/budget/vehicleOperation", "公务用车运行费支出[\\d.]+万元，[^。]*预算");
        CLAUSES.put("/threePublic/budget/reception", "公务接待费支出[\\d.]+万元，[^。]*预算");
        String[] uses = {"seniorLeaders", "principalLeaders", "confidential", "emergency", "lawEnforcement",
            "specialTechnical", "retiredCadres", "other"};
        String[] labels = {"副部（省）级以上领导用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车",
            "特种专业技术用车", "离退休干部用车", "其他用车"};
        for (int i = 0; i < uses.length; i++) {
            CLAUSES.put("/assets/vehicles/" + uses[i], labels[i] + "\\d");
        }
        CLAUSES.put("/assets/generalEquipment", "通用设备\\d");
        CLAUSES.put("/assets/specialEquipment", "专用设备\\d");
        CLAUSES.put("/officeOperation", "机关运行经费支出\\d");
        CLAUSES.put("/basicExpenditure", "(人员|公用)经费\\d");
        CLAUSES.put("/explanations", "上年决算数");
    }

    /** Figures whose total is stated only when every one of them is. */
    private static final Map<String, List<String>> TOTALS = Map.of(
            "“三公”经费财政拨款支出\\d", List.of("/threePublic/actual/abroad", "/threePublic/actual/vehiclePurchase",
                    "/threePublic/actual/vehicleOperation", "/threePublic/actual/reception"),
            "公务用车购置及运行费支出\\d", List.of("/threePublic/actual/vehiclePurchase",
                    "/threePublic/actual/vehicleOperation"),
            "共有车辆", CLAUSES.keySet().stream().filter(p -> p.startsWith("/assets/vehicles/")).toList());

    /** Parents dropped whole, after their fields had their chance. */
    private static final List<String> PARENTS = List.of("/threePublic/counts", "/threePublic/budget",
            "/threePublic/actual", "/assets/vehicles", "/assets");

    @Test
    void absentFiguresAreNeverStatedAndNeverServedAsZero() {
        long seed = Long.getLong("juesuan.property.seed", System.nanoTime());
        Random random = new Random(seed);
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.legacySeed());
        document.remove(List.of("transcribedFrom", "declared", "stated", "printedNames"));
        List<String> optional = new ArrayList<>(CLAUSES.keySet());
        optional.addAll(PARENTS);
        List<String> figures = CLAUSES.keySet().stream().filter(p -> document.at(p).isNumber()).toList();
        Set<String> droppedEver = new HashSet<>();
        for (int n = 0; n < CASES; n++) {
            OptionalFields.Case drawn = OptionalFields.draw(document, optional, figures, random);
            droppedEver.addAll(drawn.dropped());
            String context = "seed " + seed + ", case " + n + ", dropped " + drawn.dropped() + ", zeroed "
                    + drawn.zeroed();
            check(drawn, context);
        }
        assertThat(droppedEver).as("every optional figure was dropped in some case").containsAll(CLAUSES.keySet());
    }

    private static void check(OptionalFields.Case drawn, String context) {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        int status = given().contentType(ContentType.JSON).body(drawn.body()).put(URL, dept, 2020).statusCode();
        assertThat(status).as(context).isEqualTo(201);
        JsonNode view = OptionalFields.parse(given().get(URL, dept, 2020).then().statusCode(200).extract().asString());
        String text = String.join("\n", OptionalFields.texts(view.at("/explanations/sections")));

        CLAUSES.forEach((pointer, clause) -> {
            if (!drawn.keeps(pointer)) {
                assertThat(Pattern.compile(clause).matcher(text).find()).as(context + ": " + pointer
                        + " is not stated, yet /" + clause + "/ is in\n" + text).isFalse();
            }
        });
        TOTALS.forEach((clause, parts) -> {
            if (parts.stream().anyMatch(part -> !drawn.keeps(part))) {
                assertThat(Pattern.compile(clause).matcher(text).find()).as(context + ": a total of parts not all "
                        + "stated: /" + clause + "/ in\n" + text).isFalse();
            }
        });
        Set<BigDecimal> known = knownNumbers(view, drawn.document());
        String generated = text;
        for (JsonNode line : view.at("/explanations/lines")) {
            if (line.hasNonNull("reason")) { // the department's own words, not a generated figure
                generated = generated.replace(line.path("reason").asText(), "");
            }
        }
        for (BigDecimal number : OptionalFields.numbersIn(generated)) {
            assertThat(known.stream().anyMatch(k -> k.compareTo(number) == 0))
                    .as(context + ": " + number + " is no figure of the tables, lines or document:\n" + text).isTrue();
        }
        for (String pointer : List.of("/threePublic/counts", "/assets", "/officeOperation")) {
            drawn.dropped().stream().filter(p -> p.startsWith(pointer)).forEach(dropped -> {
                JsonNode served = view.at(dropped);
                assertThat(served.isMissingNode() || served.isNull()).as(context + ": " + dropped + " served as "
                        + served).isTrue();
            });
        }
    }

    /** The year, the numbers of the paragraphs and dates, every figure of the tables and lines, every count given. */
    private static Set<BigDecimal> knownNumbers(JsonNode view, JsonNode document) {
        Set<BigDecimal> known = new HashSet<>();
        for (int paragraph = 1; paragraph <= 9; paragraph++) {
            known.add(BigDecimal.valueOf(paragraph));
        }
        // the year, 12月31日, and the template's thresholds of equipment (单价50万元 / 100万元)
        List.of(2020, 12, 31, 50, 100).forEach(fixed -> known.add(BigDecimal.valueOf(fixed)));
        view.at("/tables").forEach(table -> table.path("rows").forEach(row -> row.path("values").forEach(value -> {
            if (value.isNumber()) {
                known.add(value.decimalValue());
            }
        })));
        view.at("/explanations/lines").forEach(line -> List.of("amount", "base", "change", "percent").forEach(field -> {
            if (line.path(field).isNumber()) {
                known.add(line.path(field).decimalValue().abs());
            }
        }));
        for (String part : List.of("/threePublic/counts", "/assets", "/assets/vehicles")) {
            document.at(part).forEach(value -> {
                if (value.isNumber()) {
                    known.add(value.decimalValue());
                }
            });
        }
        return known;
    }
}
