package io.juesuan.accounts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.OptionalFields;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A figure the document does not state is absent, never a printed 0: in the text, the lines and the tables. */
@QuarkusTest
class AbsentFiguresTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";

    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code)
                .then().statusCode(201);
        return code;
    }

    private static ValidatableResponse put(String dept, String body) {
        return given().contentType(ContentType.JSON).body(body).put(URL, dept, 2020).then();
    }

    private static String section(JsonPath view, String id) {
        List<String> paragraphs = view.getList("explanations.sections.find { it.id == '" + id + "' }.paragraphs");
        return paragraphs == null ? null : String.join("\n", paragraphs);
    }

    @Test
    void countsAssetsAndOptionalPartsThatAreNotStatedAreLeftOutOfTheText() {
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.nativeSeed());
        ObjectNode counts = (ObjectNode) document.at("/threePublic/counts");
        counts.remove(List.of("receptionBatches", "receptionPersons", "abroadGroupsJoined"));
        ObjectNode assets = (ObjectNode) document.at("/assets");
        assets.remove(List.of("generalEquipment", "specialEquipment"));
        ((ObjectNode) assets.at("/vehicles")).remove("other");
        ((ObjectNode) document.at("/threePublic/actual")).remove("abroad");
        document.remove("basicExpenditure");
        String dept = registerDepartment();
        put(dept, document.toString()).statusCode(201);

        JsonPath view = given().get(URL, dept, 2020).then().statusCode(200).extract().jsonPath();
        String threePublic = section(view, "THREE_PUBLIC");
        assertThat(threePublic)
                .doesNotContain("累计接待", "批次", "参加其他部门出国团组", "因公出国（境）费支出", "“三公”经费财政拨款支出")
                .contains("全年安排本单位组织的出国团组0个；全年因公出国（境）累计0人次。", "本单位公务用车保有量为0辆。",
                        "公务接待费支出0.53万元");
        assertThat(section(view, "ASSETS")).doesNotContain("台（套）", "共有车辆", "其他用车")
                .startsWith("截至2020年12月31日，本单位车辆中：副部（省）级以上领导用车0辆、");
        assertThat(section(view, "BASIC")).doesNotContain("人员经费", "公用经费");
        assertThat(section(view, "OVERVIEW")).startsWith("2020年本单位本年收入842.15万元，本年支出842.14万元。");
        // the lines: no amount where nothing is stated, and no partial sum presented as a total
        assertThat(view.getMap("explanations.lines.find { it.key == 'THREE_PUBLIC.ABROAD' }"))
                .doesNotContainKey("amount");
        assertThat(view.getMap("explanations.lines.find { it.key == 'THREE_PUBLIC' }")).doesNotContainKey("amount");
        assertThat(view.getMap("explanations.lines.find { it.key == 'PERSONNEL' }")).doesNotContainKey("amount");
        Map<String, Object> total07 = view.getMap("tables.'07'.rows.find { it.code == 'TOTAL' }.values");
        assertThat(total07).containsEntry("amount", null);
        assertThat(view.getMap("threePublic.counts")).containsEntry("receptionBatches", null);
    }

    @Test
    void officeRunningCostsNotGivenAreNotStatedEvenWithLastYearsFigure() {
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.legacySeed());
        document.remove("officeOperation");
        String dept = registerDepartment();
        put(dept, document.toString()).statusCode(201)
                .body("findings.rule", hasItem("ACC-EXPL-UNVERIFIABLE"));

        JsonPath view = given().get(URL, dept, 2020).then().statusCode(200).extract().jsonPath();
        assertThat(section(view, "OFFICE_OPERATION")).isNull();
        assertThat(view.getMap("explanations.lines.find { it.key == 'OFFICE_OPERATION' }"))
                .doesNotContainKey("amount").doesNotContainKey("change").doesNotContainKey("percent");
    }

    @Test
    void blankDashAndZeroArePrintedAsGivenAndSurviveTheRoundTrip() {
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.legacySeed());
        ObjectNode table01 = (ObjectNode) document.at("/declared/01");
        table01.putObject("OPENING_BALANCE").put("amount", "-");
        table01.putObject("CLOSING_BALANCE").putNull("amount");
        table01.putObject("BALANCE_DISTRIBUTION").put("amount", 0);
        String dept = registerDepartment();
        put(dept, document.toString()).statusCode(201);

        ValidatableResponse read = given().get(URL, dept, 2020).then().statusCode(200)
                .body("declared.'01'.OPENING_BALANCE.amount", equalTo("-"))
                .body("declared.'01'.CLOSING_BALANCE", org.hamcrest.Matchers.hasKey("amount"))
                .body("declared.'01'.CLOSING_BALANCE.amount", nullValue())
                .body("declared.'01'.BALANCE_DISTRIBUTION.amount", equalTo(0.00f));
        JsonPath view = read.extract().jsonPath();
        Map<String, Object> opening = view.getMap("tables.'01'.rows.find { it.code == 'OPENING_BALANCE' }");
        assertThat(opening.get("values")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("amount", null);
        assertThat(opening.get("marks")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("amount", "-");
        Map<String, Object> closing = view.getMap("tables.'01'.rows.find { it.code == 'CLOSING_BALANCE' }");
        assertThat(closing.get("values")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("amount", null);
        assertThat(closing).doesNotContainKey("marks");
        assertThat(view.getFloat("tables.'01'.rows.find { it.code == 'BALANCE_DISTRIBUTION' }.values.amount"))
                .isEqualTo(0.00f);

        // the document read back and saved again gives the same cells
        put(dept, document.toString()).statusCode(200);
        given().get(URL, dept, 2020).then().body("declared.'01'.OPENING_BALANCE.amount", equalTo("-"))
                .body("tables.'01'.rows.find { it.code == 'OPENING_BALANCE' }.marks.amount", equalTo("-"));
    }

    @Test
    void aDashOrBlankWhereTheLinesGiveAFigureIsAnError() {
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.legacySeed());
        ((ObjectNode) document.at("/declared/01/OTHER")).put("amount", "-");
        ((ObjectNode) document.at("/declared/01/GENERAL_BUDGET")).putNull("amount");
        String dept = registerDepartment();
        JsonPath saved = put(dept, document.toString()).statusCode(201).extract().jsonPath();
        List<Map<String, Object>> printedEmpty = saved.getList("findings.findAll { it.rule == 'ACC-PRINTED-EMPTY' }");
        assertThat(printedEmpty).extracting(f -> (Object) ((Map<?, ?>) f.get("location")).get("row"))
                .containsExactlyInAnyOrder("OTHER", "GENERAL_BUDGET");
        assertThat(printedEmpty).allSatisfy(f -> assertThat(f.get("severity")).isEqualTo("ERROR"));
    }

    @Test
    void aClassOnlyTheDocumentPrintsIsShownAgainstNothingNeverDropped() {
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.legacySeed());
        ((ObjectNode) document.at("/declared/01")).putObject("233").put("amount", 5.00);
        String dept = registerDepartment();
        JsonPath saved = put(dept, document.toString()).statusCode(201).extract().jsonPath();
        assertThat(saved.getFloat("tables.'01'.rows.find { it.code == '233' }.values.amount")).isEqualTo(5.00f);
        List<Map<String, Object>> leaf = saved.getList("findings.findAll { it.rule == 'ACC-DECLARED-LEAF' }");
        assertThat(leaf).extracting(f -> (Object) ((Map<?, ?>) f.get("location")).get("row")).contains("233");
    }

    @Test
    void aTemplateRowOf01MayBeNamedByItsOrdinal() {
        String seed = FinalAccountsDocuments.legacySeed();
        ObjectNode byOrdinal = OptionalFields.parse(seed);
        ObjectNode table01 = (ObjectNode) byOrdinal.at("/declared/01");
        table01.set("14", table01.remove("215"));
        String dept = registerDepartment();
        JsonPath saved = put(dept, byOrdinal.toString()).statusCode(201).extract().jsonPath();
        JsonPath asSeed = put(registerDepartment(), seed).statusCode(201).extract().jsonPath();
        assertThat(saved.getFloat("tables.'01'.rows.find { it.code == '215' }.values.amount")).isEqualTo(281.84f);
        assertThat(saved.getList("tables.'01'.rows")).isEqualTo(asSeed.getList("tables.'01'.rows"));
        assertThat(saved.getList("findings.rule")).isEqualTo(asSeed.getList("findings.rule"));

        ObjectNode beyond = OptionalFields.parse(seed);
        ((ObjectNode) beyond.at("/declared/01")).putObject("27").put("amount", 1);
        Problems.assertInvalidField(put(dept, beyond.toString()), "declared.01.27");
        ObjectNode zero = OptionalFields.parse(seed);
        ((ObjectNode) zero.at("/declared/04")).putObject("0").put("generalBudget", 1);
        Problems.assertProblem(put(dept, zero.toString()), 400);
    }

    @Test
    void aPrintedCellIsANumberADashOrNullAndNothingElse() {
        String dept = registerDepartment();
        String seed = FinalAccountsDocuments.legacySeed();
        put(dept, seed).statusCode(201);
        for (String hostile : List.of("\"—\"", "\"－\"", "\"--\"", "\"0.00\"", "\"\"", "\" -\"", "true", "[]", "{}",
                "\"-\\u0000\"", "\"=1+1\"")) {
            ObjectNode document = OptionalFields.parse(seed);
            String body = document.toString().replace("\"OTHER\":{\"amount\":132.48}",
                    "\"OTHER\":{\"amount\":" + hostile + "}");
            assertThat(body).as("the cell to replace is in the document").isNotEqualTo(document.toString());
            Problems.assertInvalidField(put(dept, body), "declared.01.OTHER.amount");
        }
        ObjectNode nullRows = OptionalFields.parse(seed);
        ((ObjectNode) nullRows.at("/declared")).putNull("01");
        Problems.assertInvalidField(put(dept, nullRows.toString()), "declared.01");
        ObjectNode nullColumns = OptionalFields.parse(seed);
        ((ObjectNode) nullColumns.at("/declared/01")).putNull("OTHER");
        Problems.assertInvalidField(put(dept, nullColumns.toString()), "declared.01.OTHER");
        given().get(URL, dept, 2020).then().statusCode(200).header("ETag", "\"r1\"");
    }
}
