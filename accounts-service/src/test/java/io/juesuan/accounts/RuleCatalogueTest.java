package io.juesuan.accounts;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The rule catalogue is complete: every rule id the code emits is listed, and nothing listed is dead. */
@QuarkusTest
class RuleCatalogueTest {

    private static final Pattern RULE_ID = Pattern.compile("\"(ACC-[A-Z0-9-]+)\"");

    @Test
    void theCatalogueListsExactlyTheRulesTheCodeEmits() throws IOException {
        Set<String> emitted = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = RULE_ID.matcher(Files.readString(source));
                while (matcher.find()) {
                    emitted.add(matcher.group(1));
                }
            }
        }
        List<String> listed = given().get("/api/v1/validation-rules").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        assertThat(emitted).hasSizeGreaterThan(20);
        assertThat(new TreeSet<>(listed)).isEqualTo(emitted);
    }

    @Test
    void eachRuleSaysWhatItChecksInBothLanguagesAndHowSevereItCanBe() {
        given().get("/api/v1/validation-rules").then().statusCode(200)
                .body("find { it.id == 'ACC-BALANCE' }.severities", equalTo(List.of("WARNING", "ERROR")))
                .body("find { it.id == 'ACC-EXPL-ITEM-MISSING' }.severities", equalTo(List.of("WARNING")))
                .body("findAll { it.checkZh == null || it.checkEn == null }.size()", equalTo(0));
    }
}
