package io.juesuan.gateway.disclosures;

import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Published disclosures, filtered and paged by keyset on (department code, year): stable under inserts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisclosureList {

    /** The filters of a list request; null means not filtered. */
    public record Filter(Integer year, String division, String q) {
    }

    /** One published disclosure as the list shows it. */
    public record Item(String departmentCode, int year, String departmentName, String divisionCode, int version,
                       OffsetDateTime lastPublishedAt) {
    }

    private final Sql db;

    DisclosureList(Sql db) {
        this.db = db;
    }

    /** Up to {@code limit + 1} items after the cursor: the extra one tells there is a next page. */
    List<Item> page(Filter filter, ListCursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT department_code, fiscal_year, department_name, division_code, version, last_published_at
                FROM disclosure WHERE version > 0""");
        List<Object> parameters = new ArrayList<>();
        if (filter.year() != null) {
            parameters.add(filter.year());
            sql.append(" AND fiscal_year = ?");
        }
        if (filter.division() != null && !filter.division().isEmpty()) {
            parameters.add(filter.division() + "%");
            sql.append(" AND division_code LIKE ?");
        }
        if (filter.q() != null) {
            parameters.add("%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" AND department_name ILIKE ?");
        }
        if (after != null) {
            parameters.add(after.departmentCode());
            parameters.add(after.year());
            sql.append(" AND (department_code, fiscal_year) > (?, ?)");
        }
        sql.append(" ORDER BY department_code, fiscal_year LIMIT ").append(limit + 1);
        return db.list(sql.toString(), row -> new Item(row.getString(1), row.getInt(2), row.getString(3),
                row.getString(4), row.getInt(5), row.getObject(6, OffsetDateTime.class)), parameters.toArray());
    }
}
