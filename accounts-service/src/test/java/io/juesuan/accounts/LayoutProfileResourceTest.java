package io.juesuan.accounts;

import io.juesuan.accounts.layout.ProfileFile;
import io.juesuan.accounts.layout.ProfileStore;
import io.juesuan.accounts.layout.ShippedProfiles;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Layout profiles against the real database: the three shipped ones, which one a department-year is printed with,
 * a load that becomes a new version which a draft takes at its next save, a bad file refused whole, and who may
 * load.
 */
@QuarkusTest
class LayoutProfileResourceTest {

    private static final String PROFILES = "/api/v1/layout-profiles";
    private static final String PROFILE = PROFILES + "/{region}/{fromYear}";
    private static final String ACCOUNTS = "/api/v1/final-accounts/{dept}/{year}";
    private static final Charset GBK = Charset.forName("GBK");
    private static final String SHANGHAI_09 = "国有资本经营预算财政拨款收入支出决算表";

    @Inject
    ProfileStore store;

    /** A new department of the division prefix, so each test owns its department. */
    private static String department(String prefix) {
        String code = prefix + ThreadLocalRandom.current().nextLong((long) Math.pow(10, 8 - prefix.length()),
                (long) Math.pow(10, 9 - prefix.length()));
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code)
                .then().statusCode(201);
        return code;
    }

    private static ValidatableResponse save(String dept, int year) {
        String document = FinalAccountsDocuments.nativeSeed().replace("\"year\": 2020", "\"year\": " + year);
        return given().contentType(ContentType.JSON).body(document).put(ACCOUNTS, dept, year).then();
    }

    /** The national default's file, filed under another region and first year, with 01's title changed. */
    private static String fileOf(String region, int fromYear, String table01Title) {
        return ShippedProfiles.text("national-2020.tsv")
                .replace("profile\tregion\tnational", "profile\tregion\t" + region)
                .replace("profile\tfromYear\t2020", "profile\tfromYear\t" + fromYear)
                .replace("profile\tname\t全国（财政部标准格式）", "profile\tname\t测试地区")
                .replace("01\ttitle\t\t收入支出决算总表", "01\ttitle\t\t" + table01Title);
    }

    private static ValidatableResponse load(String region, int fromYear, byte[] file, String token) {
        return given().auth().oauth2(token).contentType("text/tab-separated-values").body(file)
                .put(PROFILE, region, fromYear).then();
    }

    @Test
    void theThreeShippedProfilesAreCurrentAsShipped() {
        given().get(PROFILES).then().statusCode(200)
                .body("findAll { it.fromYear == 2020 }.region", hasItems("national", "35"))
                .body("find { it.region == '31' }.fromYear", equalTo(2024))
                .body("find { it.region == '31' }.name", equalTo("上海市"));
        // version 1 on a fresh database; a release that changes a shipped file adds the next one
        given().get(PROFILE, "31", 2024).then().statusCode(200)
                .body("loadedBy", equalTo("seed"))
                .body("source", equalTo("layout/profiles/31-2024.tsv"))
                .body("tables.'09'.title", equalTo(SHANGHAI_09))
                .body("tables.'09'.columns.key", hasItem("income"))
                .body("tables.'05'.columns[0].title", equalTo("合计"))
                .body("expenditureRows.size()", equalTo(24))
                .body("expenditureRows[13].name", equalTo("资源勘探工业信息等支出"))
                .body("explanations", equalTo("shanghai-2024"));
        given().get(PROFILE, "35", 2020).then().statusCode(200).body("explanations", equalTo("national-2020"));
        for (String[] shipped : new String[][] {{"national", "national-2020.tsv"}, {"35", "35-2020.tsv"},
                {"31", "31-2024.tsv"}}) {
            String fromYear = shipped[1].substring(shipped[1].length() - 8, shipped[1].length() - 4);
            String file = given().get(PROFILE + "/file", shipped[0], fromYear).then().statusCode(200)
                    .contentType(containsString("text/tab-separated-values")).extract().asString();
            assertThat(file).isEqualTo(ShippedProfiles.text(shipped[1]));
        }
        Problems.assertProblem(given().get(PROFILE, "32", 2024).then(), 404);
        Problems.assertProblem(given().get(PROFILE, "shanghai", 2024).then(), 404);
        Problems.assertProblem(given().get(PROFILE, "3", 2024).then(), 404);
        Problems.assertProblem(given().get(PROFILE + "?version=99", "31", 2024).then(), 404);
    }

    @Test
    void aDepartmentYearIsPrintedWithTheMostSpecificRegionAndTheLatestFirstYearNotAfterIt() {
        String shanghai = department("31");
        JsonPath in2024 = save(shanghai, 2024).statusCode(201)
                .body("layout.region", equalTo("31"))
                .body("layout.fromYear", equalTo(2024))
                .body("layout.name", equalTo("上海市"))
                .body("tables.'09'.title", equalTo(SHANGHAI_09))
                .body("tables.'01'.footnote", equalTo("注：本表反映部门本年度的总收支和年末结转结余情况。"))
                .extract().jsonPath();
        assertThat(in2024.getList("tables.'01'.rows.findAll { it.level == 'EXPENDITURE' }")).hasSize(24);
        assertThat(in2024.getString("tables.'01'.rows.find { it.ordinal == 14 && it.level == "
                + "'EXPENDITURE' }.name")).isEqualTo("资源勘探工业信息等支出");
        // 2023 is before Shanghai's first year: the national default
        JsonPath in2023 = save(shanghai, 2023).statusCode(201)
                .body("layout.region", equalTo("national"))
                .body("layout.fromYear", equalTo(2020))
                .body("tables.'09'.title", equalTo("国有资本经营预算财政拨款支出决算表"))
                .extract().jsonPath();
        assertThat(in2023.getList("tables.'01'.rows.findAll { it.level == 'EXPENDITURE' }")).hasSize(26);
        assertThat(in2024.getList("tables.'02'.codeColumns")).containsExactly("科目编码");
        assertThat(in2024.getString("tables.'08'.note")).startsWith("说明：")
                .endsWith("本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
        // Fujian keeps its own: the code of 02 in three columns, 05's in one, its note under an empty 08
        save(department("35"), 2024).statusCode(201).body("layout.region", equalTo("35"))
                .body("tables.'01'.footnote", containsString("尾数误差"))
                .body("tables.'02'.codeColumns", equalTo(java.util.List.of("类", "款", "项")))
                .body("tables.'05'.codeColumns", equalTo(java.util.List.of("科目编码")))
                .body("tables.'08'.note", equalTo("注：本单位2024年度没有使用政府性基金预算拨款安排的收支。"))
                .body("tables.'01'.codeColumns", nullValue());
        // a province without one gets the national default
        save(department("44"), 2024).statusCode(201).body("layout.region", equalTo("national"));
        // before every first year: the earliest profile, reported as another year's
        save(shanghai, 2019).statusCode(201).body("layout.region", equalTo("national"))
                .body("findings.rule", hasItem("ACC-CATALOGUE-OF-ANOTHER-YEAR"));
    }

    /** The seed prints 02, 03 and 08 with 类/款/项 columns, 05 and 09 with one code column, and a note under 08/09. */
    @Test
    void theSeedsProfilePrintsItsCodeColumnsAndTheNotesUnderItsEmptyTables() {
        JsonPath seed = given().get(ACCOUNTS, LoadedSeed.department(), 2020).then().statusCode(200).extract()
                .jsonPath();
        assertThat(seed.getString("layout.region")).isEqualTo("35");
        for (String split : List.of("02", "03", "08")) {
            assertThat(seed.getList("tables.'" + split + "'.codeColumns")).as(split).containsExactly("类", "款", "项");
        }
        for (String combined : List.of("05", "09")) {
            assertThat(seed.getList("tables.'" + combined + "'.codeColumns")).as(combined).containsExactly("科目编码");
        }
        assertThat(seed.getString("tables.'08'.note")).isEqualTo("注：本单位2020年度没有使用政府性基金预算拨款安排的收支。");
        assertThat(seed.getString("tables.'09'.note")).isEqualTo("注：本单位2020年度没有使用国有资本经营预算财政拨款安排的支出。");
    }

    @Test
    void shanghaiPrints07WithItsBudgetAnd04WithTheOpeningBalanceOfEachFund() {
        String dept = department("31");
        String document = FinalAccountsDocuments.nativeSeed().replace("\"year\": 2020", "\"year\": 2024")
                .replace("\n  \"basicExpenditure\"", "\n  \"balances\": {\"opening\": {\"generalBudget\": 20.00, "
                        + "\"governmentFund\": 3.00, \"nonFiscal\": 5.00}, \"closing\": {\"generalBudget\": 21.00}},"
                        + "\n  \"basicExpenditure\"");
        JsonPath saved = given().contentType(ContentType.JSON).body(document).put(ACCOUNTS, dept, 2024).then()
                .statusCode(201)
                .body("tables.'07'.columns.key", equalTo(java.util.List.of("budget", "amount")))
                .body("tables.'07'.columns.title", equalTo(java.util.List.of("预算数", "决算数")))
                .extract().jsonPath();
        // the seed's 公务接待费: 1.50 budgeted, 0.53 spent; 合计 sums each column on its own
        assertThat(saved.getString("tables.'07'.rows.find { it.code == 'RECEPTION' }.values.budget")).isEqualTo("1.5");
        assertThat(saved.getString("tables.'07'.rows.find { it.code == 'TOTAL' }.values.budget")).isEqualTo("1.5");
        assertThat(saved.getString("tables.'07'.rows.find { it.code == 'TOTAL' }.values.amount")).isEqualTo("0.53");
        // 04: 年初财政拨款结转和结余 and, under it, each fund's part, which adds to no 总计 a second time
        assertThat(saved.getList("tables.'04'.rows.findAll { it.level.startsWith('BALANCE') }.code")).containsExactly(
                "OPENING_BALANCE", "OPENING_GENERAL_BUDGET", "OPENING_GOVERNMENT_FUND", "OPENING_STATE_CAPITAL",
                "CLOSING_BALANCE");
        assertThat(saved.getString("tables.'04'.rows.find { it.code == 'OPENING_GOVERNMENT_FUND' }.name"))
                .isEqualTo("二、政府性基金预算财政拨款");
        assertThat(saved.getString("tables.'04'.rows.find { it.code == 'OPENING_GOVERNMENT_FUND' }.values.total"))
                .isEqualTo("3.0");
        assertThat(saved.getString("tables.'04'.rows.find { it.code == 'OPENING_BALANCE' }.values.total"))
                .isEqualTo("23.0");
        assertThat(saved.getString("tables.'04'.rows.find { it.code == 'OPENING_GENERAL_BUDGET' }.level"))
                .isEqualTo("BALANCE_PART");
        java.math.BigDecimal income = new java.math.BigDecimal(saved.getString(
                "tables.'04'.rows.find { it.code == 'INCOME_TOTAL' }.values.total"));
        assertThat(new java.math.BigDecimal(saved.getString(
                "tables.'04'.rows.find { it.code == 'INCOME_GRAND_TOTAL' }.values.total")))
                .isEqualByComparingTo(income.add(new java.math.BigDecimal("23.00")));
        // a Fujian document has no place for the fund rows: a cell naming one is refused
        String fujian = department("35");
        String declaring = FinalAccountsDocuments.nativeSeed().replace("\n  \"basicExpenditure\"",
                "\n  \"declared\": {\"04\": {\"OPENING_GENERAL_BUDGET\": {\"total\": 20.00}}},"
                        + "\n  \"basicExpenditure\"");
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body(declaring)
                .put(ACCOUNTS, fujian, 2020).then(), "declared.04.OPENING_GENERAL_BUDGET.total");
        given().contentType(ContentType.JSON).body(declaring.replace("\"year\": 2020", "\"year\": 2024"))
                .put(ACCOUNTS, department("31"), 2024).then().statusCode(201);
    }

    @Test
    void aLoadIsANewVersionThatADraftTakesAtItsNextSave() {
        int year = 2031;
        String region = "44" + ThreadLocalRandom.current().nextInt(10, 100);
        JsonPath first = load(region, year, fileOf(region, year, "收入支出决算总表（第一版）").getBytes(GBK),
                Tokens.reviewer("44")).statusCode(201).extract().jsonPath();
        assertThat(first.getString("region")).isEqualTo(region);
        int version = first.getInt("version");
        given().get(PROFILE, region, year).then().statusCode(200)
                .body("layout.version", equalTo(version))
                .body("source", equalTo("text/tab-separated-values; charset=GBK"))
                .body("loadedBy", not(equalTo("seed")));

        String dept = department(region);
        save(dept, year).statusCode(201)
                .body("layout.region", equalTo(region))
                .body("layout.version", equalTo(version))
                .body("tables.'01'.title", equalTo("收入支出决算总表（第一版）"));

        load(region, year, fileOf(region, year, "收入支出决算总表（第二版）").getBytes(StandardCharsets.UTF_8),
                Tokens.admin()).statusCode(201).body("version", equalTo(version + 1));
        // the draft was checked with the version current at its save, and keeps it until it is saved again
        given().get(ACCOUNTS, dept, year).then().statusCode(200)
                .body("layout.version", equalTo(version))
                .body("tables.'01'.title", equalTo("收入支出决算总表（第一版）"));
        save(dept, year).statusCode(200)
                .body("layout.version", equalTo(version + 1))
                .body("tables.'01'.title", equalTo("收入支出决算总表（第二版）"));
        given().get(PROFILE + "?version=" + version, region, year).then().statusCode(200)
                .body("tables.'01'.title", equalTo("收入支出决算总表（第一版）"));
    }

    @Test
    void aBadFileIsOneProblemListingEveryBadLineAndStoresNothing() {
        String region = "4501";
        String file = String.join("\n",
                "# a comment",
                "profile\tregion\t" + region,
                "profile\tfromYear\t2032",
                "profile\tname\t测试",
                "row\t1\t201\t一般公共服务支出",
                "row\t3\t202\t外交支出",
                "row\t2\t20\t缺位",
                "01\ttitle\t\t收入支出决算总表",
                "01\tcolumn\tbogus\t决算数",
                "01\tfootnote\t\t注\u0007释",
                "99\ttitle\t\t第九十九表",
                "02\ttitle\t\t" + "长".repeat(301),
                "05\tcolumn\tsubtotal\t合计",
                "05\tsum\tsubtotal\tbasic",
                "06\tgroup\tPERSONNEL_TOTAL\t人员经费合计:30x",
                "asset\tvehicles\t车辆",
                "profile\tregion\t31",
                "03\tcodes\t\tthree",
                "profile\texplanations\tshanghai") + "\n";
        JsonPath problem = Problems.assertProblem(load(region, 2032, file.getBytes(StandardCharsets.UTF_8),
                Tokens.admin()), 400).extract().jsonPath();
        assertThat(problem.getList("errors.field")).startsWith("line[6]", "line[7]", "line[9]", "line[10]",
                "line[11]", "line[12]", "line[14]", "line[15]", "line[16]", "line[17]", "line[18]", "line[19]");
        // 01 lost its only column, 05 has no title, the others are missing
        assertThat(problem.getList("errors.field")).contains("tables.01", "tables.02", "tables.05", "tables.09")
                .doesNotContain("line[2]", "line[5]", "line[8]", "line[13]", "rows");
        assertThat(problem.getString("errors.find { it.field == 'line[9]' }.message")).contains("bogus");
        assertThat(problem.getString("errors.find { it.field == 'line[19]' }.message")).contains("shanghai-2024");
        Problems.assertProblem(given().get(PROFILE, region, 2032).then(), 404);

        // a good file under another path than its profile lines say
        Problems.assertInvalidField(load("4502", 2032, fileOf(region, 2032, "收入支出决算总表")
                .getBytes(StandardCharsets.UTF_8), Tokens.admin()), "region");
        Problems.assertInvalidField(load(region, 2032, new byte[0], Tokens.admin()), "region");
        Problems.assertProblem(given().get(PROFILE, "4502", 2032).then(), 404);
    }

    @Test
    void aReleaseThatChangesAShippedFileAddsAVersionUnlessTheRegionLoadedItsOwn() {
        String region = "46" + ThreadLocalRandom.current().nextInt(10, 100);
        int year = 2033;
        String shipped = fileOf(region, year, "收入支出决算总表");
        assertThat(store.seed(ProfileFile.read(shipped), shipped, "test")).isTrue();
        assertThat(store.seed(ProfileFile.read(shipped), shipped, "test")).as("unchanged: nothing to do").isFalse();
        String changed = fileOf(region, year, "收入支出决算总表（新版）");
        assertThat(store.seed(ProfileFile.read(changed), changed, "test")).isTrue();
        given().get(PROFILE, region, year).then().body("tables.'01'.title", equalTo("收入支出决算总表（新版）"));

        load(region, year, fileOf(region, year, "本地区的标题").getBytes(StandardCharsets.UTF_8), Tokens.admin())
                .statusCode(201);
        String later = fileOf(region, year, "收入支出决算总表（再版）");
        assertThat(store.seed(ProfileFile.read(later), later, "test")).as("the region's own load stays").isFalse();
        given().get(PROFILE, region, year).then().body("tables.'01'.title", equalTo("本地区的标题"));
    }

    @Test
    void onlyAdminsAndTheProvincesOwnReviewersLoad() {
        byte[] fujian = ShippedProfiles.text("35-2020.tsv").getBytes(StandardCharsets.UTF_8);
        int before = given().get(PROFILE, "35", 2020).then().statusCode(200).extract().path("layout.version");
        Problems.assertProblem(load("35", 2020, fujian, Tokens.reviewer("31")), 403);
        Problems.assertProblem(load("35", 2020, fujian, Tokens.reviewer("3505")), 403);
        Problems.assertProblem(load("35", 2020, fujian, Tokens.discloser("350502001")), 403);
        Problems.assertProblem(given().auth().none().contentType("text/tab-separated-values").body(fujian)
                .put(PROFILE, "35", 2020).then(), 401);
        byte[] national = ShippedProfiles.text("national-2020.tsv").getBytes(StandardCharsets.UTF_8);
        Problems.assertProblem(load("national", 2020, national, Tokens.reviewer("35")), 403);
        assertThat((int) given().get(PROFILE, "35", 2020).then().extract().path("layout.version")).isEqualTo(before);
    }
}
