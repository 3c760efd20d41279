package io.juesuan.accounts.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Vehicles held at the year's end by use, as the 国有资产占用使用情况 paragraph lists them.
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
        @Column(name = "vehicles_senior_leaders") @PositiveOrZero Integer seniorLeaders,
        @Column(name = "vehicles_principal_leaders") @PositiveOrZero Integer principalLeaders,
        @Column(name = "vehicles_confidential") @PositiveOrZero Integer confidential,
        @Column(name = "vehicles_emergency") @PositiveOrZero Integer emergency,
        @Column(name = "vehicles_law_enforcement") @PositiveOrZero Integer lawEnforcement,
        @Column(name = "vehicles_special_technical") @PositiveOrZero Integer specialTechnical,
        @Column(name = "vehicles_retired_cadres") @PositiveOrZero Integer retiredCadres,
        @Column(name = "vehicles_other") @PositiveOrZero Integer other) {

    /** The printed names, in the order of {@link #counts()}. */
    static final String[] LABELS = {"副部（省）级以上领导用车", "主要领导干部用车", "机要通信用车", "应急保障用车",
        "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车"};

    /** The counts in printed order; a missing count is 0. */
    public int[] counts() {
        return new int[] {orZero(seniorLeaders), orZero(principalLeaders), orZero(confidential), orZero(emergency),
                orZero(lawEnforcement), orZero(specialTechnical), orZero(retiredCadres), orZero(other)};
    }

    public int total() {
        int total = 0;
        for (int count : counts()) {
            total += count;
        }
        return total;
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
