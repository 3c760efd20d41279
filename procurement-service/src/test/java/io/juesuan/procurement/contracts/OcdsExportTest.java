package io.juesuan.procurement.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.juesuan.platform.testing.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCDS export validates against the OCDS 1.1.5 release-package schema (the release schema's URL mapped to the
 * local copy), and its party scales come from the codelist.
 */
@QuarkusTest
class OcdsExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds/1.1.5/")));

    private static JsonNode exportOf(String dept) throws IOException {
        return JSON.readTree(given().get("/api/v1/procurement/{dept}/{year}/ocds", dept, 2021).then()
                .statusCode(200).extract().asString());
    }

    private static String departmentWithFourContracts() {
        String dept = DemoData.randomDepartmentCode();
        String[][] rows = {
            {"LC-2021-201", "办公设备采购", "GOODS", "120000.00", "泉州某大型设备有限公司", "914403001922038216", "LARGE"},
            {"LC-2021-202", "屋面防水维修工程", "WORKS", "395000.00", "鲤城区某建筑工程有限公司", "91350502MA2Y0A1B3J",
                "MEDIUM"},
            {"LC-2021-203", "政务网安全运维服务", "SERVICES", "300000.00", "泉州某信息技术有限公司",
                "91350502MA2Y0A2C4C", "SMALL"},
            {"LC-2021-204", "会务服务", "SERVICES", "122200.00", "鲤城区某会务服务部", "92350502MA2Y0A3D53", "MICRO"}};
        for (String[] row : rows) {
            given().contentType("application/json")
                    .body(ContractsTest.contract(row[0], row[1], row[2], row[3], row[4], row[5], row[6]))
                    .post("/api/v1/procurement/{dept}/{year}/contracts", dept, 2021).then().statusCode(201);
        }
        return dept;
    }

    @Test
    void theExportValidatesAgainstTheReleasePackageSchema() throws IOException {
        JsonNode export = exportOf(departmentWithFourContracts());
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:ocds/1.1.5/release-package-schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(schema.validate(export)).isEmpty();
        assertThat(export.get("releases")).hasSize(4);
        JsonNode first = export.get("releases").get(0);
        assertThat(first.get("ocid").asText()).startsWith("ocds-jsuan0-");
        assertThat(first.at("/tender/mainProcurementCategory").asText()).isEqualTo("goods");
        assertThat(first.at("/awards/0/value/currency").asText()).isEqualTo("CNY");
        assertThat(first.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(first.at("/parties/1/identifier/id").asText()).isEqualTo("914403001922038216");
    }

    @Test
    void scalesMapToTheCodelist() throws IOException {
        JsonNode export = exportOf(departmentWithFourContracts());
        Set<String> codelist;
        try (InputStream in = getClass().getResourceAsStream("/ocds/partyScale-1.2.csv")) {
            codelist = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }
        java.util.List<String> scales = new java.util.ArrayList<>();
        export.get("releases").forEach(release -> scales.add(release.at("/parties/1/details/scale").asText()));
        assertThat(scales).containsExactly("large", "sme", "sme", "micro");
        assertThat(codelist).containsAll(scales);
    }
}
