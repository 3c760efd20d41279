package io.juesuan.gateway.stats;

import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Totals across the published disclosures of a year and division prefix, summed by the database from the figures
 * stored with each disclosure. Ratios are ratios of the sums, never averages of the departments' ratios.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Statistics {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The statistics of a year and division prefix; amounts in 万元, ratios in %. */
    public record Totals(int year, String division, long departments, long withFinalAccounts, BigDecimal income,
                         BigDecimal expenditure, BigDecimal threePublicActual, BigDecimal threePublicBudget,
                         long withProcurement, BigDecimal procurementTotal, BigDecimal procurementSme,
                         BigDecimal procurementSmallMicro, BigDecimal smeRatio, BigDecimal smallMicroRatio,
                         Map<String, Long> grades) {
    }

    private final Sql db;

    Statistics(Sql db) {
        this.db = db;
    }

    public Totals of(int year, String division) {
        Map<String, Long> grades = grades(year, division);
        return db.one("""
                        SELECT count(*), count(income_total), coalesce(sum(income_total), 0),
                               coalesce(sum(expenditure_total), 0), coalesce(sum(three_public_actual), 0),
                               coalesce(sum(three_public_budget), 0), count(procurement_total),
                               coalesce(sum(procurement_total), 0), coalesce(sum(procurement_sme), 0),
                               coalesce(sum(procurement_small_micro), 0),
                               coalesce(sum(procurement_total) FILTER (WHERE procurement_sme IS NOT NULL), 0),
                               coalesce(sum(procurement_total) FILTER (WHERE procurement_small_micro IS NOT NULL), 0)
                        FROM disclosure WHERE version > 0 AND fiscal_year = ? AND division_code LIKE ?""",
                row -> {
                    BigDecimal sme = row.getBigDecimal(9);
                    BigDecimal smallMicro = row.getBigDecimal(10);
                    // a summary that does not state an amount has no place in its share's denominator: absent
                    // is not zero
                    BigDecimal statingSme = row.getBigDecimal(11);
                    BigDecimal statingSmallMicro = row.getBigDecimal(12);
                    return new Totals(year, division, row.getLong(1), row.getLong(2), row.getBigDecimal(3),
                            row.getBigDecimal(4), row.getBigDecimal(5).setScale(2, RoundingMode.HALF_UP),
                            row.getBigDecimal(6).setScale(2, RoundingMode.HALF_UP), row.getLong(7),
                            row.getBigDecimal(8), sme, smallMicro, ratio(sme, statingSme),
                            ratio(smallMicro, statingSmallMicro), grades);
                }, year, division + "%");
    }

    private Map<String, Long> grades(int year, String division) {
        Map<String, Long> grades = new LinkedHashMap<>();
        db.list("""
                        SELECT g.key, sum(CAST(g.value AS integer)) FROM disclosure d, json_each_text(d.grades) g
                        WHERE d.version > 0 AND d.fiscal_year = ? AND d.division_code LIKE ?
                        GROUP BY g.key ORDER BY g.key""",
                row -> Map.entry(row.getString(1), row.getLong(2)), year, division + "%")
                .forEach(grade -> grades.put(grade.getKey(), grade.getValue()));
        return grades;
    }

    /** part / whole in %, two decimals, half-up; none when the whole is zero. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
