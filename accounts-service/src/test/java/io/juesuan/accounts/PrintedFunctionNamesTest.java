package io.juesuan.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.OptionalFields;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A 项 is named as the template names it: by the catalogue's name, else by the name the document printed, and never
 * with its code in the name's place.
 */
@QuarkusTest
class PrintedFunctionNamesTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    /** A 项 (and its 款) the shipped 2020 catalogue does not list. */
    private static final String ITEM = "2019999";

    private static ObjectNode withItemNotInTheCatalogue() {
        ObjectNode document = OptionalFields.parse(FinalAccountsDocuments.nativeSeed());
        ((ArrayNode) document.at("/income")).addObject().put("functionCode", ITEM).putObject("amounts")
                .put("generalBudget", 50);
        ((ArrayNode) document.at("/expenditure")).addObject().put("functionCode", ITEM).put("fund", "GENERAL_BUDGET")
                .putObject("amounts").put("project", 50);
        return document;
    }

    private static ValidatableResponse put(String dept, ObjectNode document) {
        return given().contentType(ContentType.JSON).body(document.toString()).put(URL, dept, 2020).then();
    }

    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code)
                .then().statusCode(201);
        return code;
    }

    @Test
    void aCodeTheCatalogueLacksIsNamedAsTheDocumentPrintedIt() {
        ObjectNode document = withItemNotInTheCatalogue();
        document.putObject("functionNames").put("20199", "其他一般公共服务支出").put(ITEM, "其他一般公共服务支出（项）");
        String dept = registerDepartment();
        JsonPath saved = put(dept, document).statusCode(201)
                .body("findings.findAll { it.rule == 'ACC-CODE-NOT-IN-CATALOGUE' }.location.row", hasItem(ITEM))
                .body("functionNames.'" + ITEM + "'", equalTo("其他一般公共服务支出（项）"))
                .extract().jsonPath();
        assertThat(saved.getString("tables.'05'.rows.find { it.code == '" + ITEM + "' }.name"))
                .isEqualTo("其他一般公共服务支出（项）");
        assertThat(saved.getString("tables.'05'.rows.find { it.code == '20199' }.name")).isEqualTo("其他一般公共服务支出");
        List<String> budget = saved.getList("explanations.sections.find { it.id == 'GENERAL_BUDGET' }.paragraphs");
        assertThat(budget).anySatisfy(p -> assertThat(p).contains("其他一般公共服务支出（项）（项级科目）50.00万元"));
        assertThat(String.join("", budget)).doesNotContain(ITEM);
        // the catalogue's name wins where it has one
        document.with("functionNames").put("2011301", "印错的名称");
        put(dept, document).statusCode(200)
                .body("tables.'05'.rows.find { it.code == '2011301' }.name", equalTo("行政运行"));
    }

    @Test
    void withoutAPrintedNameACodeIsLabelledAsACodeNeverPrintedAsAName() {
        String dept = registerDepartment();
        JsonPath saved = put(dept, withItemNotInTheCatalogue()).statusCode(201).extract().jsonPath();
        assertThat(saved.getString("tables.'05'.rows.find { it.code == '" + ITEM + "' }.name")).isEqualTo("科目" + ITEM);
        List<String> budget = saved.getList("explanations.sections.find { it.id == 'GENERAL_BUDGET' }.paragraphs");
        assertThat(budget).anySatisfy(p -> assertThat(p).contains("科目" + ITEM + "（项级科目）"));
        assertThat(budget).noneSatisfy(p -> assertThat(p).contains("）" + ITEM + "（项级科目）"));
    }

    @Test
    void printedNamesAreKeyedByWellFormedCodesAndHoldPlainText() {
        String dept = registerDepartment();
        put(dept, withItemNotInTheCatalogue()).statusCode(201);
        for (String code : List.of("abc", "20", "2011", "２０１", "201130１", "20113010")) {
            ObjectNode document = withItemNotInTheCatalogue();
            document.putObject("functionNames").put(code, "名称");
            Problems.assertInvalidField(put(dept, document), "functionNames." + code);
        }
        ObjectNode blank = withItemNotInTheCatalogue();
        blank.putObject("functionNames").put(ITEM, "  ");
        Problems.assertProblem(put(dept, blank), 400);
        ObjectNode control = withItemNotInTheCatalogue();
        control.putObject("functionNames").put(ITEM, "名\u0000称");
        Problems.assertProblem(put(dept, control), 400);
        ObjectNode longName = withItemNotInTheCatalogue();
        longName.putObject("functionNames").put(ITEM, "名".repeat(201));
        Problems.assertProblem(put(dept, longName), 400);
        given().get(URL, dept, 2020).then().statusCode(200).header("ETag", "\"r1\"");
    }
}
