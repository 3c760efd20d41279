package io.juesuan.accounts.tables;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A layout's column keys are its columns' keys, in their order: rows are read by them. */
class TableLayoutTest {

    private static final List<PublicTable.Column> COLUMNS = List.of(
            new PublicTable.Column("TOTAL", "合计"), new PublicTable.Column("BASIC", "基本支出"));

    @Test
    void theKeysAreTakenFromTheColumns() {
        TableLayout layout = new TableLayout("03", "支出决算表", COLUMNS, Map.of(), List.of(), List.of(), "", null, false);

        assertThat(layout.columnKeys()).containsExactly("TOTAL", "BASIC");
    }

    @Test
    void keysThatAreNotTheColumnsAreRefused() {
        assertThatThrownBy(() -> new TableLayout("03", "支出决算表", COLUMNS, List.of("BASIC", "TOTAL"), Map.of(),
                List.of(), List.of(), "", null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[BASIC, TOTAL]");
    }
}
