package io.juesuan.gateway.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final EntityManager db;

    Statistics(EntityManager db) {
        this.db = db;
    }

    public Totals of(int year, String division) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        SELECT count(*), count(income_total), coalesce(sum(income_total), 0),
                               coalesce(sum(expenditure_total), 0), coalesce(sum(three_public_actual), 0),
                               coalesce(sum(three_public_budget), 0), count(procurement_total),
                               coalesce(sum(procurement_total), 0), coalesce(sum(procurement_sme), 0),
                               coalesce(sum(procurement_small_micro), 0),
                               coalesce(sum(procurement_total) FILTER (WHERE procurement_sme IS NOT NULL), 0)
                        FROM disclosure WHERE version > 0 AND fiscal_year = ?1 AND division_code LIKE ?2""")
                .setParameter(1, year).setParameter(2, division + "%").getSingleResult();
        BigDecimal procurementTotal = decimal(row[7]);
        BigDecimal sme = decimal(row[8]);
        BigDecimal smallMicro = decimal(row[9]);
        // a declared summary that states only its total has no place in the ratios' denominator
        BigDecimal statingSme = decimal(row[10]);
        return new Totals(year, division, count(row[0]), count(row[1]), decimal(row[2]), decimal(row[3]),
                decimal(row[4]).setScale(2, RoundingMode.HALF_UP), decimal(row[5]).setScale(2, RoundingMode.HALF_UP),
                count(row[6]), procurementTotal, sme, smallMicro, ratio(sme, statingSme),
                ratio(smallMicro, statingSme), grades(year, division));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grades(int year, String division) {
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT g.key, sum(CAST(g.value AS integer)) FROM disclosure d, json_each_text(d.grades) g
                        WHERE d.version > 0 AND d.fiscal_year = ?1 AND d.division_code LIKE ?2
                        GROUP BY g.key ORDER BY g.key""")
                .setParameter(1, year).setParameter(2, division + "%").getResultList();
        Map<String, Long> grades = new LinkedHashMap<>();
        rows.forEach(r -> grades.put((String) r[0], count(r[1])));
        return grades;
    }

    /** part / whole in %, two decimals, half-up; none when the whole is zero. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
