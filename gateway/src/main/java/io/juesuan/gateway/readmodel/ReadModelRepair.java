package io.juesuan.gateway.readmodel;

import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Assembles, before the consumer starts, the versions that change entries name and the read model lacks: after a
 * rebuild cut short, or on a read model that predates the versions. Usually finds nothing.
 */
@ApplicationScoped
class ReadModelRepair {

    private static final Logger LOG = Logger.getLogger(ReadModelRepair.class);

    private final Sql db;
    private final DisclosureVersionBuilder versions;

    ReadModelRepair(Sql db, DisclosureVersionBuilder versions) {
        this.db = db;
        this.versions = versions;
    }

    void run() {
        int repaired = 0;
        for (DepartmentYearKey departmentYear : incomplete()) {
            repaired += repair(departmentYear.departmentCode(), departmentYear.year());
        }
        if (repaired > 0) {
            LOG.infof("read model repaired: %d disclosure versions assembled", repaired);
        }
    }

    @Transactional
    List<DepartmentYearKey> incomplete() {
        return db.list("""
                SELECT e.department_code, e.fiscal_year FROM change_entry e
                LEFT JOIN disclosure_version v ON v.department_code = e.department_code
                     AND v.fiscal_year = e.fiscal_year AND v.version = e.version
                WHERE v.version IS NULL GROUP BY e.department_code, e.fiscal_year""",
                row -> new DepartmentYearKey(row.getString(1), row.getInt(2)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int repair(String departmentCode, int year) {
        versions.lock(departmentCode, year);
        return versions.catchUp(departmentCode, year);
    }
}
