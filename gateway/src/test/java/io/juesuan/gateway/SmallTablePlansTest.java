package io.juesuan.gateway;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookups the consumer runs for every event stay index lookups when the statistics were taken while the read
 * model was small. pgjdbc prepares a statement on the server after five runs, and PostgreSQL then keeps one generic
 * plan until the table's statistics change: a sequential scan planned at a few hundred rows went on scanning a table
 * growing by thousands of rows a minute during a bulk load.
 */
@QuarkusTest
class SmallTablePlansTest {

    /** Rows the copies hold when analyzed: about what the first minute of a load leaves before autovacuum's visit. */
    private static final int ROWS = 200;

    @Inject
    DataSource dataSource;

    @Test
    void perEventLookupsUseTheirIndexesOnASmallAnalyzedTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                // copies with the same indexes, private to this transaction, so other tests' rows do not matter
                sql.execute("CREATE TEMP TABLE small_change_entry (LIKE change_entry INCLUDING ALL) ON COMMIT DROP");
                sql.execute("CREATE TEMP TABLE small_version (LIKE disclosure_version INCLUDING ALL) ON COMMIT DROP");
                sql.execute("""
                        INSERT INTO small_change_entry
                        SELECT n, lpad((350000000 + n / 3)::text, 9, '0'), 2020, 'Part' || mod(n, 3), 1, mod(n, 3) + 1,
                               'PUBLICATION', NULL, now(), now()
                        FROM generate_series(1, %d) n""".formatted(ROWS));
                sql.execute("""
                        INSERT INTO small_version
                        SELECT lpad((350000000 + n / 3)::text, 9, '0'), 2020, mod(n, 3) + 1, now(), repeat('x', 400)
                        FROM generate_series(1, %d) n""".formatted(ROWS));
                sql.execute("ANALYZE small_change_entry");
                sql.execute("ANALYZE small_version");
                sql.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                sql.execute("""
                        PREPARE entry_of_part(varchar, int, varchar, int) AS
                        SELECT 1 FROM small_change_entry
                        WHERE department_code = $1 AND fiscal_year = $2 AND part = $3 AND part_version = $4""");
                sql.execute("""
                        PREPARE entries(varchar, int) AS
                        SELECT * FROM small_change_entry WHERE department_code = $1 AND fiscal_year = $2
                        ORDER BY sequence""");
                sql.execute("""
                        PREPARE built(varchar, int) AS
                        SELECT version FROM small_version WHERE department_code = $1 AND fiscal_year = $2""");

                assertThat(plan(sql, "EXECUTE entry_of_part('350000001', 2020, 'Part1', 1)"))
                        .contains("Index").doesNotContain("Seq Scan");
                assertThat(plan(sql, "EXECUTE entries('350000001', 2020)"))
                        .contains("Index").doesNotContain("Seq Scan");
                assertThat(plan(sql, "EXECUTE built('350000001', 2020)"))
                        .contains("Index").doesNotContain("Seq Scan");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                deallocate(sql);
            }
        }
    }

    /**
     * Prepared statements outlive the transaction: dropped by name, as DEALLOCATE ALL would also drop the driver's
     * own statements on this pooled connection.
     */
    private static void deallocate(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT name FROM pg_prepared_statements"
                + " WHERE name IN ('entry_of_part', 'entries', 'built')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String name : names) {
            sql.execute("DEALLOCATE " + name);
        }
    }

    private static String plan(Statement sql, String statement) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("EXPLAIN " + statement)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return String.join("\n", lines);
    }
}
