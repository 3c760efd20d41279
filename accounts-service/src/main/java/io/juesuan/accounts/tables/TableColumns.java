package io.juesuan.accounts.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private TableColumns() {
    }

    /** The column keys a table may have; empty for a table id that is not one of the nine. */
    public static Optional<List<String>> of(String tableId) {
        return Optional.ofNullable(KNOWN.get(tableId));
    }
}
