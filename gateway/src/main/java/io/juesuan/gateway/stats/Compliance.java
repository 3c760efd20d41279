package io.juesuan.gateway.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.gateway.web.CursorOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which departments of a division have published a year's final accounts, and how many days after the finance
 * bureau's approval (批复): disclosure is due within 20 days of it. The departments expected are those the gateway
 * has seen publish under the division in any year.
 * <p>
 * A province has tens of thousands of them, so the answer is written as the rows are read, with a database cursor,
 * and the counts by status follow the list: built whole, a province's list took more than the gateway's heap.
 */
@ApplicationScoped
public class Compliance {

    public static final int DUE_DAYS = 20;
    /** Days count in China's calendar, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int FETCH_SIZE = 500;

    /** ON_TIME, LATE, PUBLISHED (no approval recorded to count from) or NOT_PUBLISHED. */
    public enum Status { ON_TIME, LATE, PUBLISHED, NOT_PUBLISHED }

    public record Department(String departmentCode, String departmentName, Status status, String approvalNumber,
                             LocalDate approvalDate, LocalDate dueDate, LocalDate publishedOn, Long daysAfterApproval) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    Compliance(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** {@code {"year", "division", "dueDays", "departments": [...], "counts": {status: n}}}, departments by code. */
    public StreamingOutput of(int year, String division) {
        String what = "compliance of " + year + " under '" + division + "'";
        return CursorOutput.of(dataSource, what, (connection, output) -> {
            JsonGenerator out = json.getFactory().createGenerator(output);
            out.writeStartObject();
            out.writeNumberField("year", year);
            out.writeStringField("division", division);
            out.writeNumberField("dueDays", DUE_DAYS);
            out.writeArrayFieldStart("departments");
            Map<Status, Integer> counts = departments(connection, year, division, out);
            out.writeEndArray();
            out.writeObjectField("counts", counts);
            out.writeEndObject();
            out.flush();
        });
    }

    private Map<Status, Integer> departments(Connection connection, int year, String division, JsonGenerator out)
            throws SQLException, IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT k.department_code, k.department_name, d.accounts_published_at, d.approval_number,
                       d.approval_date
                FROM (SELECT DISTINCT ON (department_code) department_code, department_name FROM disclosure
                      WHERE version > 0 AND division_code LIKE ?
                      ORDER BY department_code, (department_name IS NULL), fiscal_year DESC) k
                LEFT JOIN disclosure d ON d.department_code = k.department_code AND d.fiscal_year = ?
                     AND d.version > 0
                ORDER BY k.department_code""")) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, division + "%");
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Department department = department(rows);
                    counts.merge(department.status(), 1, Integer::sum);
                    out.writeObject(department);
                }
            }
        }
        return counts;
    }

    private static Department department(ResultSet row) throws SQLException {
        OffsetDateTime publishedAt = row.getObject(3, OffsetDateTime.class);
        LocalDate approvalDate = row.getObject(5, LocalDate.class);
        LocalDate dueDate = approvalDate == null ? null : approvalDate.plusDays(DUE_DAYS);
        LocalDate publishedOn = publishedAt == null ? null : publishedAt.atZoneSameInstant(CHINA).toLocalDate();
        Long days = publishedOn == null || approvalDate == null ? null
                : ChronoUnit.DAYS.between(approvalDate, publishedOn);
        Status status = publishedOn == null ? Status.NOT_PUBLISHED
                : days == null ? Status.PUBLISHED
                : days <= DUE_DAYS ? Status.ON_TIME : Status.LATE;
        return new Department(row.getString(1), row.getString(2), status, row.getString(4), approvalDate, dueDate,
                publishedOn, days);
    }
}
