package io.juesuan.accounts.layout;

import io.juesuan.accounts.explanations.ExplanationStyle;
import io.juesuan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The profile files: the shipped ones read, and a file stored before a feature existed still reads as it did. */
class ProfileFileTest {

    private static String withoutVehicles(String file) {
        return file.lines().filter(line -> !line.startsWith("vehicle\t")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theShippedProfilesReadAndDifferWhereTheirTemplatesDo() {
        ProfileDefinition fujian = ShippedProfiles.read("35-2020.tsv");
        ProfileDefinition national = ShippedProfiles.read("national-2020.tsv");
        ProfileDefinition shanghai = ShippedProfiles.read("31-2024.tsv");
        assertThat(fujian.templates().expenditureRows()).hasSize(26);
        assertThat(shanghai.templates().expenditureRows()).hasSize(24);
        assertThat(fujian.templates().table("01").footnote()).contains("尾数误差");
        assertThat(national.templates().table("01").footnote()).doesNotContain("尾数误差");
        assertThat(shanghai.assets().vehicles().get(0)).isEqualTo("部级领导干部用车");
        assertThat(fujian.assets().vehicles().get(0)).isEqualTo("副部（省）级以上领导用车");
        assertThat(shanghai.assets().equipment()).containsOnlyKeys("equipment");
        assertThat(fujian.assets().equipment()).containsOnlyKeys("generalEquipment", "specialEquipment");
        assertThat(shanghai.explanations()).isEqualTo(ExplanationStyle.SHANGHAI_2024);
        assertThat(fujian.explanations()).isEqualTo(ExplanationStyle.NATIONAL_2020);
    }

    @Test
    void aFileStoredBeforeProfilesChoseTheirExplanationsPrintsTheNationalOnes() {
        String shanghai = ShippedProfiles.text("31-2024.tsv");
        String before = shanghai.lines().filter(line -> !line.startsWith("profile\texplanations"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(before).isNotEqualTo(shanghai);
        assertThat(ProfileFile.read(before).explanations()).isEqualTo(ExplanationStyle.NATIONAL_2020);
    }

    @Test
    void aFileWithoutVehicleNamesReadsWithTheStandardOnesAndAHalfListIsRefused() {
        String shanghai = ShippedProfiles.text("31-2024.tsv");
        assertThat(ProfileFile.read(withoutVehicles(shanghai)).assets().vehicles())
                .isEqualTo(ShippedProfiles.read("35-2020.tsv").assets().vehicles());
        String half = withoutVehicles(shanghai) + "vehicle\tseniorLeaders\t部级领导干部用车\n";
        assertThatThrownBy(() -> ProfileFile.read(half)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.errors()).extracting("field").containsExactly("vehicles"));
    }
}
