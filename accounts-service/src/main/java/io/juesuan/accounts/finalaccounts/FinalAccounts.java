package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.FundAmounts;
import io.juesuan.accounts.figures.ThreePublicAmounts;
import io.juesuan.accounts.figures.ThreePublicCounts;
import io.juesuan.accounts.profile.VehiclesByUse;
import io.juesuan.platform.part.DepartmentYearPart;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/**
 * The working copy of a department-year's final accounts (部门决算); amounts in yuan. Updates name only the changed
 * columns: submit and publish change the workflow's, and the row's long texts are not sent and compressed again.
 */
@Entity
@DynamicUpdate
@Table(name = "final_accounts")
public class FinalAccounts extends DepartmentYearPart {

    @ElementCollection
    @CollectionTable(name = "income_cell", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<IncomeCell> income = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expenditure_cell", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<ExpenditureCell> expenditure = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "economic_cell", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<EconomicCell> basicExpenditure = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "abroad", column = @Column(name = "three_public_actual_abroad"))
    @AttributeOverride(name = "vehiclePurchase", column = @Column(name = "three_public_actual_vehicle_purchase"))
    @AttributeOverride(name = "vehicleOperation", column = @Column(name = "three_public_actual_vehicle_operation"))
    @AttributeOverride(name = "reception", column = @Column(name = "three_public_actual_reception"))
    public ThreePublicAmounts threePublicActual;

    @Embedded
    @AttributeOverride(name = "abroad", column = @Column(name = "three_public_budget_abroad"))
    @AttributeOverride(name = "vehiclePurchase", column = @Column(name = "three_public_budget_vehicle_purchase"))
    @AttributeOverride(name = "vehicleOperation", column = @Column(name = "three_public_budget_vehicle_operation"))
    @AttributeOverride(name = "reception", column = @Column(name = "three_public_budget_reception"))
    public ThreePublicAmounts threePublicBudget;

    @Embedded
    public ThreePublicCounts threePublicCounts;

    @Embedded
    @AttributeOverride(name = "generalBudget", column = @Column(name = "opening_general_budget"))
    @AttributeOverride(name = "governmentFund", column = @Column(name = "opening_government_fund"))
    @AttributeOverride(name = "stateCapital", column = @Column(name = "opening_state_capital"))
    @AttributeOverride(name = "nonFiscal", column = @Column(name = "opening_non_fiscal"))
    public FundAmounts openingBalance;

    /** 使用非财政拨款结余, yuan. */
    @Column(name = "non_fiscal_balance_used")
    public BigDecimal nonFiscalBalanceUsed;

    /** 结余分配, yuan. */
    @Column(name = "balance_distribution")
    public BigDecimal balanceDistribution;

    @Embedded
    @AttributeOverride(name = "generalBudget", column = @Column(name = "closing_general_budget"))
    @AttributeOverride(name = "governmentFund", column = @Column(name = "closing_government_fund"))
    @AttributeOverride(name = "stateCapital", column = @Column(name = "closing_state_capital"))
    @AttributeOverride(name = "nonFiscal", column = @Column(name = "closing_non_fiscal"))
    public FundAmounts closingBalance;

    @ElementCollection
    @CollectionTable(name = "fund_balance_cell", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<FundBalanceCell> fundBalances = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declared_cell", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<DeclaredCell> declared = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "printed_row_name", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<PrintedRowName> printedNames = new ArrayList<>();

    /** Function code → the name the document prints for it. */
    @ElementCollection
    @CollectionTable(name = "printed_function_name", joinColumns = @JoinColumn(name = "final_accounts_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "name")
    public Map<String, String> functionNames = new TreeMap<>();

    /** 部门主要职责. */
    public String duties;

    /** 部门主要工作总结. */
    @Column(name = "work_summary")
    public String workSummary;

    @ElementCollection
    @CollectionTable(name = "unit_in_scope", joinColumns = @JoinColumn(name = "final_accounts_id"))
    @OrderColumn(name = "position")
    public List<UnitCell> units = new ArrayList<>();

    @Embedded
    public VehiclesByUse vehicles;

    @Column(name = "general_equipment")
    public Integer generalEquipment;

    @Column(name = "special_equipment")
    public Integer specialEquipment;

    @Column(name = "equipment")
    public Integer equipment;


    /** 机关运行经费, yuan. */
    @Column(name = "office_operation")
    public BigDecimal officeOperation;

    @ElementCollection
    @CollectionTable(name = "explanation_input", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<ExplanationInputCell> explanationInputs = new ArrayList<>();

    /** The layout profile version the working copy was last checked with: set at each save, kept by publication. */
    @Column(name = "layout_profile_id")
    public Long layoutProfileId;

    @ElementCollection
    @CollectionTable(name = "stated_figure", joinColumns = @JoinColumn(name = "final_accounts_id"))
    public List<StatedFigureCell> statedFigures = new ArrayList<>();
}
