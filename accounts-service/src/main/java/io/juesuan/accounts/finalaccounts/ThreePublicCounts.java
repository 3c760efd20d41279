package io.juesuan.accounts.finalaccounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The counts the 三公 explanation states.
 *
 * @param abroadGroupsOrganized 本单位组织的出国团组
 * @param abroadGroupsJoined    参加其他部门出国团组
 * @param abroadPersonTrips     因公出国(境)累计人次
 * @param vehiclesBought        公务用车购置辆数
 * @param vehiclesHeld          年末公务用车保有量
 * @param receptionBatches      公务接待批次
 * @param receptionPersons      公务接待人次
 */
@Embeddable
public record ThreePublicCounts(
        @Column(name = "abroad_groups_organized") @PositiveOrZero Integer abroadGroupsOrganized,
        @Column(name = "abroad_groups_joined") @PositiveOrZero Integer abroadGroupsJoined,
        @Column(name = "abroad_person_trips") @PositiveOrZero Integer abroadPersonTrips,
        @Column(name = "vehicles_bought") @PositiveOrZero Integer vehiclesBought,
        @Column(name = "vehicles_held") @PositiveOrZero Integer vehiclesHeld,
        @Column(name = "reception_batches") @PositiveOrZero Integer receptionBatches,
        @Column(name = "reception_persons") @PositiveOrZero Integer receptionPersons) {
}
