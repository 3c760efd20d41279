package io.juesuan.gateway.stats;

import io.juesuan.gateway.readmodel.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Which departments of a division have published a year's final accounts, and how many days after the finance
 * bureau's approval (批复): disclosure is due within 20 days of it. The departments expected are those the gateway
 * has seen publish under the division in any year.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Compliance {

    public static final int DUE_DAYS = 20;
    /** Days count in China's calendar, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** ON_TIME, LATE, PUBLISHED (no approval recorded to count from) or NOT_PUBLISHED. */
    public enum Status { ON_TIME, LATE, PUBLISHED, NOT_PUBLISHED }

    public record Department(String departmentCode, String departmentName, Status status, String approvalNumber,
                             LocalDate approvalDate, LocalDate dueDate, LocalDate publishedOn, Long daysAfterApproval) {
    }

    private final EntityManager db;

    Compliance(EntityManager db) {
        this.db = db;
    }

    @SuppressWarnings("unchecked")
    public List<Department> of(int year, String division) {
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT k.department_code, k.department_name, d.accounts_published_at, d.approval_number,
                               d.approval_date
                        FROM (SELECT DISTINCT ON (department_code) department_code, department_name FROM disclosure
                              WHERE version > 0 AND division_code LIKE ?2
                              ORDER BY department_code, (department_name IS NULL), fiscal_year DESC) k
                        LEFT JOIN disclosure d ON d.department_code = k.department_code AND d.fiscal_year = ?1
                             AND d.version > 0
                        ORDER BY k.department_code""")
                .setParameter(1, year).setParameter(2, division + "%").getResultList();
        return rows.stream().map(Compliance::department).toList();
    }

    private static Department department(Object[] row) {
        OffsetDateTime publishedAt = Timestamps.of(row[2]);
        LocalDate approvalDate = row[4] == null ? null
                : row[4] instanceof LocalDate date ? date : ((Date) row[4]).toLocalDate();
        LocalDate dueDate = approvalDate == null ? null : approvalDate.plusDays(DUE_DAYS);
        LocalDate publishedOn = publishedAt == null ? null : publishedAt.atZoneSameInstant(CHINA).toLocalDate();
        Long days = publishedOn == null || approvalDate == null ? null
                : ChronoUnit.DAYS.between(approvalDate, publishedOn);
        Status status = publishedOn == null ? Status.NOT_PUBLISHED
                : days == null ? Status.PUBLISHED
                : days <= DUE_DAYS ? Status.ON_TIME : Status.LATE;
        return new Department((String) row[0], (String) row[1], status, (String) row[3], approvalDate, dueDate,
                publishedOn, days);
    }
}
