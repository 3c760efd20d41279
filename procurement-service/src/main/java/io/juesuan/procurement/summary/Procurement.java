package io.juesuan.procurement.summary;

import io.juesuan.platform.part.DepartmentYearPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/** The working copy of a department-year's procurement; amounts in yuan. */
@Entity
@Table(name = "procurement")
public class Procurement extends DepartmentYearPart {

    @Column(name = "declared_total")
    public BigDecimal declaredTotal;

    @Column(name = "declared_goods")
    public BigDecimal declaredGoods;

    @Column(name = "declared_works")
    public BigDecimal declaredWorks;

    @Column(name = "declared_services")
    public BigDecimal declaredServices;

    @Column(name = "declared_sme")
    public BigDecimal declaredSme;

    @Column(name = "declared_small_micro")
    public BigDecimal declaredSmallMicro;

    @Column(name = "reserved_sme")
    public BigDecimal reservedSme;

    @Column(name = "reserved_small_micro")
    public BigDecimal reservedSmallMicro;

    @Column(name = "awarded_sme_in_reserved")
    public BigDecimal awardedSmeInReserved;

    @Column(name = "awarded_small_micro_reserved")
    public BigDecimal awardedSmallMicroInReserved;

    @Column(name = "awarded_sme_in_other")
    public BigDecimal awardedSmeInOther;

    /** The 46号 reserved-project figures in yuan, or null when the document states none of them. */
    public ReservedShares reserved() {
        ReservedShares reserved = new ReservedShares(reservedSme, reservedSmallMicro, awardedSmeInReserved,
                awardedSmallMicroInReserved, awardedSmeInOther);
        return Arrays.stream(reserved.values()).allMatch(Objects::isNull) ? null : reserved;
    }

    /** Records the 46号 figures in yuan; null when the document states none. */
    public void reserve(ReservedShares yuan) {
        reservedSme = yuan == null ? null : yuan.smeReserved();
        reservedSmallMicro = yuan == null ? null : yuan.smallMicroReserved();
        awardedSmeInReserved = yuan == null ? null : yuan.smeAwardedInReserved();
        awardedSmallMicroInReserved = yuan == null ? null : yuan.smallMicroAwardedInReserved();
        awardedSmeInOther = yuan == null ? null : yuan.smeAwardedInOther();
    }

    /** The declared summary in yuan, or null when the department-year states none (contracts only). */
    public SummaryFigures declared() {
        if (declaredTotal == null) {
            return null;
        }
        return new SummaryFigures(declaredTotal, declaredGoods, declaredWorks, declaredServices, declaredSme,
                declaredSmallMicro);
    }

    /** Records the declared summary in yuan; null when the department-year states none. */
    public void declare(SummaryFigures yuan) {
        declaredTotal = yuan == null ? null : yuan.total();
        declaredGoods = yuan == null ? null : yuan.goods();
        declaredWorks = yuan == null ? null : yuan.works();
        declaredServices = yuan == null ? null : yuan.services();
        declaredSme = yuan == null ? null : yuan.sme();
        declaredSmallMicro = yuan == null ? null : yuan.smallMicro();
    }
}
