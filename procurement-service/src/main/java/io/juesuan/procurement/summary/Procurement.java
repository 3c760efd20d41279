package io.juesuan.procurement.summary;

import io.juesuan.platform.part.DepartmentYearPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

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
