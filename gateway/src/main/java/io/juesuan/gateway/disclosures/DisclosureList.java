package io.juesuan.gateway.disclosures;

import io.juesuan.gateway.readmodel.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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

    private final EntityManager db;

    DisclosureList(EntityManager db) {
        this.db = db;
    }

    /** Up to {@code limit + 1} items after the cursor: the extra one tells there is a next page. */
    @SuppressWarnings("unchecked")
    List<Item> page(Filter filter, ListCursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT department_code, fiscal_year, department_name, division_code, version, last_published_at
                FROM disclosure WHERE version > 0""");
        List<Object> parameters = new ArrayList<>();
        if (filter.year() != null) {
            parameters.add(filter.year());
            sql.append(" AND fiscal_year = ?").append(parameters.size());
        }
        if (filter.division() != null && !filter.division().isEmpty()) {
            parameters.add(filter.division() + "%");
            sql.append(" AND division_code LIKE ?").append(parameters.size());
        }
        if (filter.q() != null) {
            parameters.add("%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" AND department_name ILIKE ?").append(parameters.size());
        }
        if (after != null) {
            parameters.add(after.departmentCode());
            sql.append(" AND (department_code, fiscal_year) > (?").append(parameters.size());
            parameters.add(after.year());
            sql.append(", ?").append(parameters.size()).append(')');
        }
        sql.append(" ORDER BY department_code, fiscal_year LIMIT ").append(limit + 1);
        Query query = db.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Item((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), Timestamps.of(r[5]))).toList();
    }
}
