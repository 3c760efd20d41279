package io.juesuan.accounts;

import io.juesuan.accounts.catalogue.Catalogues;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Catalogues the finance bureau loads, against the real database: the shipped seed, a load's versions and diffs,
 * a bad file refused whole, a load that would change what a published disclosure used, and the warning on a code
 * the catalogue lacked that disappears once the bureau loads it.
 */
@QuarkusTest
class CatalogueResourceTest {

    private static final String CATALOGUES = "/api/v1/catalogues/{year}";
    private static final String FUNCTIONS = CATALOGUES + "/function-codes";
    private static final String ACCOUNTS = "/api/v1/final-accounts/{dept}/{year}";
    private static final Charset GBK = Charset.forName("GBK");
    /** A year no other test uses, whose documents are printed with 2020's templates. */
    private static final int YEAR = 2027;
    private static final String MISSING = "2011350";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Map<String, String> seedFunctions() {
        return new LinkedHashMap<>(Catalogues.load(2020).orElseThrow().functionNames());
    }

    private static byte[] csv(Map<String, String> codes, Charset charset) {
        return ("科目编码,科目名称\n" + codes.entrySet().stream().map(e -> e.getKey() + "," + e.getValue())
                .collect(Collectors.joining("\n")) + "\n").getBytes(charset);
    }

    private static ValidatableResponse load(int year, byte[] file, String query, String token) {
        return given().auth().oauth2(token).contentType("text/csv").body(file)
                .put(FUNCTIONS + query, year).then();
    }

    private static int currentVersion(int year) {
        return given().get(FUNCTIONS, year).then().statusCode(200).extract().path("version");
    }

    @Test
    void theShippedFilesAreVersionOneOfTheirYear() {
        given().get(CATALOGUES, 2020).then().statusCode(200)
                .body("'function-codes'.version", equalTo(1))
                .body("'function-codes'.loadedBy", equalTo("seed"))
                .body("'function-codes'.source", equalTo("catalogue/2020/function-codes.tsv"))
                .body("'function-codes'.count", equalTo(seedFunctions().size()))
                .body("'function-codes'.codes.find { it.code == '2011301' }.name", equalTo("行政运行"))
                .body("'function-codes'.codes.find { it.code == '2011301' }.level", equalTo("项"))
                .body("'economic-codes'.codes[0].code", equalTo("301"));
        Problems.assertProblem(given().get(CATALOGUES, 2001).then(), 404);
        Problems.assertProblem(given().get(CATALOGUES + "/function-codez", 2020).then(), 404);
    }

    /**
     * 2021 to 2025 ship every 类 the platform can source (2020's, which Shanghai's 2024 template prints alike; 2025
     * without 234), and 2024 the 款/项 and economic codes that template prints; a 2024 document is then checked with
     * 2024's codes, not 2020's, and each 款/项 the seed lacks is a warning naming it, printed with its given name.
     */
    @Test
    void everyYearTo2025ShipsItsClassesAndA2024DocumentIsCheckedWithThem() {
        List<String> classes2020 = seedFunctions().keySet().stream().filter(code -> code.length() == 3).toList();
        assertThat(classes2020).hasSize(30).contains("209", "234");
        for (int year = 2021; year <= 2025; year++) {
            JsonPath seed = given().get(FUNCTIONS + "?version=1", year).then().statusCode(200)
                    .body("loadedBy", equalTo("seed"))
                    .body("source", equalTo("catalogue/" + year + "/function-codes.tsv")).extract().jsonPath();
            List<String> classes = seed.<String>getList("codes.code").stream().filter(c -> c.length() == 3).toList();
            assertThat(classes).as("the 类 of %d", year).containsExactlyElementsOf(year == 2025
                    ? classes2020.stream().filter(code -> !code.equals("234")).toList() : classes2020);
            assertThat(seed.getString("codes.find { it.code == '224' }.name")).isEqualTo("灾害防治及应急管理支出");
            given().get(CATALOGUES + "/economic-codes?version=1", year).then().statusCode(200)
                    .body("codes.code", hasItem("302"));
        }
        given().get(FUNCTIONS + "?version=1", 2024).then()
                .body("codes.find { it.code == '2050205' }.name", equalTo("高等教育"))
                .body("codes.find { it.code == '2050205' }.level", equalTo("项"))
                .body("codes.find { it.code == '20799' }.name", equalTo("其他文化旅游体育与传媒支出"))
                .body("codes.find { it.code == '2011301' }", nullValue());
        given().get(CATALOGUES + "/economic-codes?version=1", 2024).then()
                .body("codes.find { it.code == '30212' }.name", equalTo("因公出国（境）费用"))
                .body("codes.find { it.code == '31007' }.name", equalTo("信息网络及软件购置更新"));

        // a 2025 document (2025's catalogue is the seed unless a bureau loaded one: no other test loads 2025)
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        String seed = FinalAccountsDocuments.nativeSeed().replace("\"year\": 2020", "\"year\": 2025");
        String document = seed.substring(0, seed.lastIndexOf('}')).stripTrailing()
                + ",\n  \"functionNames\": {\"2011301\": \"行政运行\"}\n}\n";
        JsonPath saved = given().contentType(ContentType.JSON).body(document).put(ACCOUNTS, dept, 2025).then()
                .statusCode(201).body("findings.rule", not(hasItem("ACC-CATALOGUE-OF-ANOTHER-YEAR")))
                .body("findings.severity", not(hasItem("ERROR"))).extract().jsonPath();
        assertThat(saved.getList("findings.findAll { it.rule == 'ACC-CODE-NOT-IN-CATALOGUE' }.location.row"))
                .contains("2011301", "20113").doesNotContain("201");
        // named as the document printed it where the catalogue has no name; as a code, never a bare code, where neither
        assertThat(saved.getString("tables.'02'.rows.find { it.code == '2011301' }.name")).isEqualTo("行政运行");
        assertThat(saved.getString("tables.'02'.rows.find { it.code == '2011302' }.name")).isEqualTo("科目2011302");
        assertThat(saved.getString("tables.'02'.rows.find { it.code == '201' }.name")).isEqualTo("一般公共服务支出");
    }

    @Test
    void aBadFileIsOneProblemListingEveryBadLineAndStoresNothing() {
        int before = currentVersion(2020);
        String file = String.join("\n", "code,name", "201,一般公共服务支出", "20113,商贸事务", "2011301,行政运行",
                "20114,知识产权事务", "2011301,行政运行（重复）", "2019901,孤儿项", "2011,四位编码", "2O113,字母O",
                "20115,", "202,外交支出,多余一列", "203,国防\u0007支出") + "\n";
        JsonPath problem = Problems.assertProblem(given().contentType("text/csv").body(file.getBytes(GBK))
                .put(FUNCTIONS, 2020).then(), 400).extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactly("line[6]", "line[7]", "line[8]", "line[9]",
                "line[10]", "line[11]", "line[12]");
        assertThat(problem.getString("errors[0].message")).contains("2011301").contains("第4行");
        assertThat(problem.getString("errors[1].message")).contains("20199");
        // GBK with a byte that is neither GBK nor UTF-8, on line 3
        byte[] bad = "201,一般公共服务支出\n20113,商贸事务\n2011301,行政".getBytes(GBK);
        byte[] withBadByte = java.util.Arrays.copyOf(bad, bad.length + 2);
        withBadByte[bad.length] = (byte) 0xFF;
        withBadByte[bad.length + 1] = '\n';
        Problems.assertInvalidField(given().contentType("text/csv").body(withBadByte).put(FUNCTIONS, 2020).then(),
                "line[3]");
        Problems.assertInvalidField(given().contentType("text/csv").body(new byte[0]).put(FUNCTIONS, 2020).then(),
                "line[1]");
        assertThat(currentVersion(2020)).isEqualTo(before);
    }

    @Test
    void aLoadIsANewVersionWithItsDiffsAndTheWarningOfAMissingCodeDisappears() {
        Map<String, String> without = seedFunctions();
        without.remove(MISSING);
        // a provincial reviewer loads the year's codes as the bureau has them: GBK CSV with a header
        JsonPath first = load(YEAR, csv(without, GBK), "", Tokens.reviewer("35")).statusCode(201)
                .extract().jsonPath();
        int version = first.getInt("loaded.version");
        assertThat(first.getString("loaded.source")).isEqualTo("text/csv; charset=GBK");
        assertThat(first.getInt("loaded.count")).isEqualTo(without.size());

        String dept = registerDepartment();
        String document = FinalAccountsDocuments.nativeSeed().replace("\"year\": 2020", "\"year\": " + YEAR);
        given().contentType(ContentType.JSON).body(document).put(ACCOUNTS, dept, YEAR).then().statusCode(201)
                .body("findings.findAll { it.rule == 'ACC-CODE-NOT-IN-CATALOGUE' }.location.row", hasItem(MISSING));

        Map<String, String> with = seedFunctions();
        with.put("2011301", "行政运行（" + YEAR + "）");
        JsonPath second = load(YEAR, csv(with, StandardCharsets.UTF_8), "", Tokens.admin()).statusCode(201)
                .extract().jsonPath();
        assertThat(second.getInt("loaded.version")).isEqualTo(version + 1);
        assertThat(second.getString("loaded.source")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(second.getList("sincePrevious.added.code")).containsExactly(MISSING);
        assertThat(second.getList("sincePrevious.removed")).isEmpty();
        assertThat(second.getString("sincePrevious.renamed[0].code")).isEqualTo("2011301");
        assertThat(second.getString("sincePrevious.renamed[0].to")).isEqualTo("行政运行（" + YEAR + "）");

        // the same document, checked again with the year's new version: the warning is gone, the name is the new one
        given().get(ACCOUNTS, dept, YEAR).then().statusCode(200)
                .body("findings.findAll { it.rule == 'ACC-CODE-NOT-IN-CATALOGUE' }.location.row", not(hasItem(MISSING)))
                .body("tables.'05'.rows.find { it.code == '2011301' }.name", equalTo("行政运行（" + YEAR + "）"));

        given().queryParam("version", version).get(FUNCTIONS, YEAR).then().statusCode(200)
                .body("version", equalTo(version)).body("codes.find { it.code == '" + MISSING + "' }", nullValue());
        given().queryParam("from", version).get(FUNCTIONS + "/diff", YEAR).then().statusCode(200)
                .body("from.version", equalTo(version)).body("to.version", equalTo(version + 1))
                .body("added.code", equalTo(List.of(MISSING)));
        Problems.assertInvalidField(given().get(FUNCTIONS + "/diff", YEAR).then(), "from");
        Problems.assertProblem(given().queryParam("version", 99999).get(FUNCTIONS, YEAR).then(), 404);
    }

    @Test
    void aLoadThatChangesWhatAPublishedDisclosureUsedIsRefusedUnlessForcedWithAReason() {
        int year = YEAR + 1;
        Map<String, String> codes = seedFunctions();
        // the year's baseline (forced, for a rerun against the same database finds its earlier publications)
        given().contentType("text/csv").body(csv(codes, StandardCharsets.UTF_8)).queryParam("force", true)
                .queryParam("reason", "基线").put(FUNCTIONS, year).then().statusCode(201);
        String dept = registerDepartment();
        String document = FinalAccountsDocuments.nativeSeed().replace("\"year\": 2020", "\"year\": " + year);
        given().contentType(ContentType.JSON).body(document).put(ACCOUNTS, dept, year).then().statusCode(201);
        Workflow.submitAndPublish(ACCOUNTS, dept, year, "{" + Workflow.APPROVAL + "}").statusCode(200);
        int before = currentVersion(year);

        Map<String, String> changed = seedFunctions();
        changed.remove("2080505");
        changed.put("2011302", "一般行政管理事务（改）");
        JsonPath conflict = Problems.assertProblem(load(year, csv(changed, StandardCharsets.UTF_8), "",
                Tokens.admin()), 409).extract().jsonPath();
        assertThat(conflict.getString("detail")).contains("2011302").contains("2080505");
        assertThat(conflict.getList("errors.field")).contains("codes.2011302", "codes.2080505");
        assertThat(conflict.getString("errors[0].message")).contains(dept);
        Problems.assertInvalidField(load(year, csv(changed, StandardCharsets.UTF_8), "?force=true", Tokens.admin()),
                "reason");
        for (String hostile : List.of("理由\u0000", "\u0007", "x".repeat(501))) {
            Problems.assertProblem(given().contentType("text/csv").body(csv(changed, StandardCharsets.UTF_8))
                    .queryParam("force", true).queryParam("reason", hostile).put(FUNCTIONS, year).then(), 400);
        }
        assertThat(currentVersion(year)).isEqualTo(before);

        given().contentType("text/csv").body(csv(changed, StandardCharsets.UTF_8)).queryParam("force", true)
                .queryParam("reason", "财政部调整").put(FUNCTIONS, year).then().statusCode(201)
                .body("loaded.reason", equalTo("财政部调整"));
        // the published version keeps the names it was published with
        given().get(ACCOUNTS + "/versions/1", dept, year).then().statusCode(200)
                .body("tables.'05'.rows.find { it.code == '2011302' }.name", equalTo("一般行政管理事务"));
    }

    @Test
    void aWorkbookLoadsFromItsFirstSheetWithCodesStoredAsNumbers() throws Exception {
        Map<String, String> economic = Catalogues.load(2020).orElseThrow().economicNames();
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("经济分类");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("科目编码");
            header.createCell(1).setCellValue("科目名称");
            int row = 1;
            for (Map.Entry<String, String> code : economic.entrySet()) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(Double.parseDouble(code.getKey())); // as Excel keeps a typed number
                line.createCell(1).setCellValue(code.getValue());
            }
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("不读取 / not read");
            book.write(out);
            workbook = out.toByteArray();
        }
        int year = YEAR + 3;
        given().contentType(XLSX).body(workbook).put(CATALOGUES + "/economic-codes", year).then().statusCode(201)
                .body("loaded.count", equalTo(economic.size()))
                .body("loaded.source", equalTo(XLSX));
        given().get(CATALOGUES + "/economic-codes", year).then().statusCode(200)
                .body("codes.code", equalTo(List.copyOf(economic.keySet())))
                .body("codes[0].name", equalTo("工资福利支出"));
        Problems.assertInvalidField(given().contentType(XLSX).body("201,一般公共服务支出".getBytes(StandardCharsets.UTF_8))
                .put(CATALOGUES + "/economic-codes", year).then(), "file");
    }

    @Test
    void onlyAdminsAndProvincialReviewersLoad() {
        byte[] file = csv(seedFunctions(), StandardCharsets.UTF_8);
        Problems.assertProblem(load(YEAR + 2, file, "", Tokens.reviewer("3505")), 403);
        Problems.assertProblem(load(YEAR + 2, file, "", Tokens.discloser(DemoData.SEED_DEPARTMENT)), 403);
        Problems.assertProblem(given().auth().none().contentType("text/csv").body(file).put(FUNCTIONS, YEAR + 2)
                .then(), 401);
        Problems.assertProblem(given().get(CATALOGUES, YEAR + 2).then(), 404);
    }

    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code)
                .then().statusCode(201);
        return code;
    }
}
