package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.Catalogues;
import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.layout.ShippedProfiles;
import io.juesuan.platform.findings.Finding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionTableBuilderTest {

    private static final Catalogue CATALOGUE = Catalogues.load(2020).orElseThrow();
    private static final TableLayout TABLE_05 = ShippedProfiles.read("35-2020.tsv").templates().table("05");

    private static Map<String, BigDecimal> yuan(String basic, String project) {
        Map<String, BigDecimal> columns = new java.util.LinkedHashMap<>();
        if (basic != null) {
            columns.put("basic", new BigDecimal(basic));
        }
        if (project != null) {
            columns.put("project", new BigDecimal(project));
        }
        return columns;
    }

    @Test
    void parentsAreExactSumsRoundedOnceAndItemsGetTheirSubtotalColumn() {
        List<Finding> findings = new ArrayList<>();
        PublicTable table = FunctionTableBuilder.build(TABLE_05, new FunctionNames(CATALOGUE, Map.of()), Map.of(
                "2011301", yuan("1619149.00", null),
                "2011302", yuan(null, "477349.00")), Map.of(), findings);

        assertThat(table.rows()).extracting(PublicTable.Row::code)
                .containsExactly("TOTAL", "201", "20113", "2011301", "2011302");
        assertThat(table.rows()).extracting(PublicTable.Row::level)
                .containsExactly("TOTAL", "CLASS", "SECTION", "ITEM", "ITEM");
        PublicTable.Row total = table.rows().get(0);
        // 161.9149 + 47.7349 = 209.6498 万元: rounded once to 209.65, not 161.91 + 47.73 = 209.64
        assertThat(total.values().get("subtotal")).isEqualByComparingTo("209.65");
        assertThat(table.rows().get(3).values().get("subtotal")).isEqualByComparingTo("161.91");
        assertThat(table.rows().get(2).name()).isEqualTo("商贸事务");
        assertThat(total.computed()).isNull();
        assertThat(findings).isEmpty();
    }

    @Test
    void aPrintedTotalBeyondTheRoundingTailIsAnError() {
        List<Finding> findings = new ArrayList<>();
        PublicTable table = FunctionTableBuilder.build(TABLE_05, new FunctionNames(CATALOGUE, Map.of()),
                Map.of("2011301", yuan("1619100.00", null), "2011350", yuan("2020400.00", null)),
                Map.of("201", Map.of("basic", PrintedCell.figure(new BigDecimal("3640500.00")))), findings);

        assertThat(table.rows().get(1).values().get("basic")).isEqualByComparingTo("364.05");
        assertThat(table.rows().get(1).computed().get("basic")).isEqualByComparingTo("363.95");
        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("ACC-SUBTOTAL", Finding.Severity.ERROR));
    }
}
