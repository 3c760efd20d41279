package io.juesuan.accounts.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value columns the builders can fill, per canonical table: a layout profile chooses among them (which, in what
 * order, under what printed title) but cannot name a column that no figure of the document feeds.
 */
public final class TableColumns {

    /** The nine canonical tables, in printed order. */
    public static final List<String> TABLES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09");

    private static final List<String> BY_KIND = List.of("total", "subtotal", "basic", "project");
    private static final List<String> FUND_FLOWS = List.of("openingBalance", "income", "total", "subtotal", "basic",
            "project", "closingBalance");

    private static final Map<String, List<String>> KNOWN = Map.of(
            "01", List.of("amount"),
            "02", List.of("total", "fiscal", "superiorSubsidy", "institutionBusiness", "operating",
                    "affiliatedRemittance", "other"),
            "03", List.of("total", "basic", "project", "remitToSuperior", "operating", "subsidyToAffiliated"),
            "04", List.of("total", "generalBudget", "governmentFund", "stateCapital"),
            "05", BY_KIND,
            "06", List.of("amount"),
            "07", List.of("budget", "amount"),
            "08", FUND_FLOWS,
            "09", FUND_FLOWS);

    /** 08's and 09's balances by 项: no line of the document states them, only a transcript's printed cells. */
    private static final Set<String> BALANCES = Set.of("openingBalance", "closingBalance");

    private TableColumns() {
    }

    /**
     * The columns of a table that no line of the document feeds: a printed figure in one is taken as stated where
     * the platform has none of its own, and only the sums over it are checked.
     */
    public static Set<String> statedOnly(String tableId) {
        return "08".equals(tableId) || "09".equals(tableId) ? BALANCES : Set.of();
    }

    /** The column keys a table may have; empty for a table id that is not one of the nine. */
    public static Optional<List<String>> of(String tableId) {
        return Optional.ofNullable(KNOWN.get(tableId));
    }
}
