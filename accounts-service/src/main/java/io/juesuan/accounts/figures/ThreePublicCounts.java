package io.juesuan.accounts.figures;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "本单位组织的出国团组个数. " + OptionalFigures.ABSENT)
        @Column(name = "abroad_groups_organized") @PositiveOrZero Integer abroadGroupsOrganized,
        @Schema(description = "参加其他部门出国团组个数. " + OptionalFigures.ABSENT)
        @Column(name = "abroad_groups_joined") @PositiveOrZero Integer abroadGroupsJoined,
        @Schema(description = "因公出国（境）累计人次. " + OptionalFigures.ABSENT)
        @Column(name = "abroad_person_trips") @PositiveOrZero Integer abroadPersonTrips,
        @Schema(description = "公务用车购置辆数. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_bought") @PositiveOrZero Integer vehiclesBought,
        @Schema(description = "年末公务用车保有量. " + OptionalFigures.ABSENT)
        @Column(name = "vehicles_held") @PositiveOrZero Integer vehiclesHeld,
        @Schema(description = "公务接待批次. " + OptionalFigures.ABSENT)
        @Column(name = "reception_batches") @PositiveOrZero Integer receptionBatches,
        @Schema(description = "公务接待人次. " + OptionalFigures.ABSENT)
        @Column(name = "reception_persons") @PositiveOrZero Integer receptionPersons) {
}
