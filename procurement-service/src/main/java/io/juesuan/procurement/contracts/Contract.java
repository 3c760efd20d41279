package io.juesuan.procurement.contracts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A stored procurement contract of a department-year's procurement; amount in yuan. */
@Entity
@Table(name = "procurement_contract")
public class Contract extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "procurement_id")
    public Long procurementId;

    public String number;
    public String title;

    @Enumerated(EnumType.STRING)
    public ContractCategory category;

    @Enumerated(EnumType.STRING)
    public ProcurementMethod method;

    public BigDecimal amount;

    @Column(name = "award_date")
    public LocalDate awardDate;

    @Column(name = "signing_date")
    public LocalDate signingDate;

    @Column(name = "reserved_for_sme")
    public boolean reservedForSme;

    @Column(name = "supplier_name")
    public String supplierName;

    @Column(name = "supplier_credit_code")
    public String supplierCreditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplier_scale")
    public EnterpriseScale supplierScale;

    public static List<Contract> of(Long procurementId) {
        return procurementId == null ? List.of() : list("procurementId = ?1 order by id", procurementId);
    }

    void fill(ContractDocument document) {
        number = document.number().strip();
        title = document.title().strip();
        category = document.category();
        method = document.method();
        amount = document.amount().setScale(2);
        awardDate = document.awardDate();
        signingDate = document.signingDate();
        reservedForSme = document.reservedForSme();
        supplierName = document.supplier().name().strip();
        supplierCreditCode = document.supplier().creditCode();
        supplierScale = document.supplier().scale();
    }

    public ContractView view() {
        return new ContractView(id, number, title, category, method, amount, awardDate, signingDate, reservedForSme,
                new Supplier(supplierName, supplierCreditCode, supplierScale));
    }
}
