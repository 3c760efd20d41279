package io.juesuan.accounts.finalaccounts;

import io.juesuan.platform.part.DepartmentYearPart;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The working copy of a department-year's final accounts (部门决算); amounts in yuan. */
@Entity
@Table(name = "final_accounts")
public class FinalAccounts extends DepartmentYearPart {

    @ElementCollection
    @CollectionTable(name = "final_accounts_income", joinColumns = @JoinColumn(name = "final_accounts_id"))
    @MapKeyColumn(name = "source")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount")
    public Map<IncomeSource, BigDecimal> income = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "final_accounts_expenditure", joinColumns = @JoinColumn(name = "final_accounts_id"))
    @MapKeyColumn(name = "class_code")
    @Column(name = "amount")
    public Map<String, BigDecimal> expenditureByClass = new HashMap<>();
}
