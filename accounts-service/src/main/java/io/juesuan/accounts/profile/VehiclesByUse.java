package io.juesuan.accounts.profile;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Vehicles held at the year's end by use, as the 国有资产占用使用情况 paragraph lists them (under the names of the
 * layout profile: {@link AssetWording}).
 *
 * @param seniorLeaders       副部（省）级以上领导用车
 * @param principalLeaders    主要领导干部用车
 * @param confidential        机要通信用车
 * @param emergency           应急保障用车
 * @param lawEnforcement      执法执勤用车
 * @param specialTechnical    特种专业技术用车
 * @param retiredCadres       离退休干部用车
 * @param other               其他用车
 */
@Embeddable
public record VehiclesByUse(
        @Schema(description = "副部（省）级以上领导用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_senior_leaders") @PositiveOrZero Integer seniorLeaders,
        @Schema(description = "主要领导干部用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_principal_leaders") @PositiveOrZero Integer principalLeaders,
        @Schema(description = "机要通信用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_confidential") @PositiveOrZero Integer confidential,
        @Schema(description = "应急保障用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_emergency") @PositiveOrZero Integer emergency,
        @Schema(description = "执法执勤用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_law_enforcement") @PositiveOrZero Integer lawEnforcement,
        @Schema(description = "特种专业技术用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_special_technical") @PositiveOrZero Integer specialTechnical,
        @Schema(description = "离退休干部用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_retired_cadres") @PositiveOrZero Integer retiredCadres,
        @Schema(description = "其他用车. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_other") @PositiveOrZero Integer other) {

    /** The counts in printed order, null where the document does not state one. */
    public List<Integer> counts() {
        return Arrays.asList(seniorLeaders, principalLeaders, confidential, emergency, lawEnforcement,
                specialTechnical, retiredCadres, other);
    }

    /** All vehicles, known only when every use is stated: a sum of some uses is not the total. */
    public Optional<Integer> total() {
        List<Integer> counts = counts();
        if (counts.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(counts.stream().mapToInt(Integer::intValue).sum());
    }
}
