package io.juesuan.platform.part;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads the published versions of a part: the history that stays readable after corrections. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedVersions {

    public List<PublicationView> list(PartKind kind, String departmentCode, int year) {
        return PublishedSnapshot.versionsOf(kind.aggregateType(), DepartmentYear.key(departmentCode, year)).stream()
                .map(PublicationView::of).toList();
    }

    /** The snapshot JSON of one version, or 404. */
    public String payload(PartKind kind, String departmentCode, int year, long version) {
        return (version > Integer.MAX_VALUE ? Optional.<PublishedSnapshot>empty()
                : PublishedSnapshot.version(kind.aggregateType(), DepartmentYear.key(departmentCode, year), (int) version))
                .map(s -> s.payload)
                .orElseThrow(() -> ProblemException.notFound(departmentCode + " " + year + " 无已公开版本 " + version
                        + " / no published version " + version));
    }
}
