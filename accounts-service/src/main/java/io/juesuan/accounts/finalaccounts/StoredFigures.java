package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.ExplanationData;
import io.juesuan.accounts.explanations.StatedFigures;
import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.Figures;
import io.juesuan.accounts.figures.Fund;
import io.juesuan.accounts.figures.FundBalanceLine;
import io.juesuan.accounts.figures.IncomeSource;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.figures.ThreePublic;
import io.juesuan.accounts.profile.DepartmentProfile;
import io.juesuan.accounts.profile.StateAssets;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mapping between a stored {@link FinalAccounts} record and the figures, explanation inputs and profile the
 * rest of the service works with: what a save writes into the record, and what the record gives back.
 */
final class StoredFigures {

    /** A collection's stored order is not kept: read back in code order, the fund's within a code. */
    private static final Comparator<FundBalanceCell> BY_ITEM_AND_FUND = Comparator
            .comparing((FundBalanceCell cell) -> cell.functionCode).thenComparing(cell -> cell.fund);

    private StoredFigures() {
    }

    static void store(Figures figures, FinalAccounts record) {
        record.income.clear();
        figures.income().forEach((code, sources) -> sources.forEach((source, amount) ->
                record.income.add(new IncomeCell(code, source, amount))));
        record.expenditure.clear();
        figures.expenditure().forEach((code, funds) -> funds.forEach((fund, kinds) -> kinds.forEach((kind, amount) ->
                record.expenditure.add(new ExpenditureCell(code, fund, kind, amount)))));
        record.threePublicActual = figures.threePublic().actual();
        record.threePublicBudget = figures.threePublic().budget();
        record.threePublicCounts = figures.threePublic().counts();
        record.openingBalance = figures.balances().opening();
        record.nonFiscalBalanceUsed = figures.balances().nonFiscalUsed();
        record.balanceDistribution = figures.balances().distribution();
        record.closingBalance = figures.balances().closing();
        record.fundBalances.clear();
        figures.balances().byItem().forEach(line -> record.fundBalances.add(new FundBalanceCell(line.functionCode(),
                line.fund(), line.opening(), line.closing())));
        record.basicExpenditure.clear();
        figures.basicByEconomic().forEach((code, amount) -> record.basicExpenditure.add(new EconomicCell(code, amount)));
        record.functionNames.clear();
        record.functionNames.putAll(figures.printedFunctionNames());
        record.printedNames.clear();
        figures.printedNames().forEach((table, names) -> names.forEach((ordinal, name) ->
                record.printedNames.add(new PrintedRowName(table, ordinal, name))));
        record.declared.clear();
        figures.declared().forEach((table, rows) -> rows.forEach((row, columns) -> columns.forEach((column, cell) ->
                record.declared.add(new DeclaredCell(table, row, column, cell)))));
    }

    static void store(ExplanationData explanations, FinalAccounts record) {
        record.officeOperation = explanations.officeOperation();
        record.explanationInputs.clear();
        explanations.inputs().forEach((key, input) ->
                record.explanationInputs.add(new ExplanationInputCell(key, input.priorYear(), input.budget(),
                        input.reason())));
        record.statedFigures.clear();
        explanations.stated().forEach((key, stated) -> record.statedFigures.add(new StatedFigureCell(key, stated)));
    }

    static void store(DepartmentProfile profile, StateAssets assets, FinalAccounts record) {
        record.duties = profile.duties();
        record.workSummary = profile.workSummary();
        record.units.clear();
        profile.units().forEach(unit -> record.units.add(new UnitCell(unit)));
        record.vehicles = assets == null ? null : assets.vehicles();
        record.generalEquipment = assets == null ? null : assets.generalEquipment();
        record.specialEquipment = assets == null ? null : assets.specialEquipment();
        record.equipment = assets == null ? null : assets.equipment();
    }

    static DepartmentProfile profile(FinalAccounts record) {
        return new DepartmentProfile(record.duties, record.units.stream().map(UnitCell::unit).toList(),
                record.workSummary);
    }

    /** null when the document gave no assets at all. */
    static StateAssets assets(FinalAccounts record) {
        if (record.vehicles == null && record.generalEquipment == null && record.specialEquipment == null
                && record.equipment == null) {
            return null;
        }
        return new StateAssets(record.vehicles, record.generalEquipment, record.specialEquipment, record.equipment);
    }

    static ExplanationData explanationData(FinalAccounts record) {
        Map<String, ExplanationData.Input> inputs = new LinkedHashMap<>();
        record.explanationInputs.forEach(cell ->
                inputs.put(cell.lineKey, new ExplanationData.Input(cell.priorYear, cell.budget, cell.reason)));
        Map<String, StatedFigures> stated = new TreeMap<>();
        record.statedFigures.forEach(cell -> stated.put(cell.lineKey, cell.figures()));
        return new ExplanationData(record.officeOperation, inputs, stated);
    }

    /** The stored cells as figures, in code order. */
    static Figures figures(FinalAccounts record) {
        Map<String, Map<IncomeSource, BigDecimal>> income = new TreeMap<>();
        record.income.forEach(cell -> income.computeIfAbsent(cell.functionCode, k -> new EnumMap<>(IncomeSource.class))
                .put(cell.source, cell.amount));
        Map<String, Map<Fund, Map<ExpenditureKind, BigDecimal>>> expenditure = new TreeMap<>();
        record.expenditure.forEach(cell -> expenditure.computeIfAbsent(cell.functionCode, k -> new EnumMap<>(Fund.class))
                .computeIfAbsent(cell.fund, k -> new EnumMap<>(ExpenditureKind.class)).put(cell.kind, cell.amount));
        Map<String, BigDecimal> basic = new TreeMap<>();
        record.basicExpenditure.forEach(cell -> basic.put(cell.economicCode, cell.amount));
        Map<String, Map<String, Map<String, PrintedCell>>> declared = new TreeMap<>();
        record.declared.forEach(cell -> declared.computeIfAbsent(cell.tableId, k -> new TreeMap<>())
                .computeIfAbsent(cell.rowKey, k -> new TreeMap<>()).put(cell.columnKey, cell.printed()));
        return new Figures(income, expenditure, basic,
                new ThreePublic(record.threePublicActual, record.threePublicBudget, record.threePublicCounts), declared,
                new Balances(record.openingBalance, record.nonFiscalBalanceUsed, record.balanceDistribution,
                        record.closingBalance, record.fundBalances.stream().sorted(BY_ITEM_AND_FUND)
                        .map(cell -> new FundBalanceLine(cell.functionCode, cell.fund, cell.opening, cell.closing))
                        .toList()), printedNames(record), new TreeMap<>(record.functionNames));
    }

    private static Map<String, Map<Integer, String>> printedNames(FinalAccounts record) {
        Map<String, Map<Integer, String>> names = new TreeMap<>();
        record.printedNames.forEach(row -> names.computeIfAbsent(row.tableId, k -> new TreeMap<>())
                .put(row.ordinal, row.name));
        return names;
    }

}
