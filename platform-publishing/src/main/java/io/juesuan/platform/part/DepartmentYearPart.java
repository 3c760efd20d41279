package io.juesuan.platform.part;

import io.juesuan.platform.audit.AuditTrail;
import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.findings.Finding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The working copy of one part (final accounts, evaluation, procurement) of a department-year, with the two
 * counters of DESIGN §3: {@code revision} counts every save and drives ETags; {@code publishedVersion} counts
 * publications and corrections and drives events.
 */
@MappedSuperclass
public abstract class DepartmentYearPart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "fiscal_year")
    public int year;

    /** Incremented by every save. */
    public long revision;

    /** 0 until first published; then the latest published version. */
    @Column(name = "published_version")
    public int publishedVersion;

    /** The revision that the latest published version was taken from. */
    @Column(name = "published_revision")
    public long publishedRevision;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The revision submitted for review; 0 when none is. */
    @Column(name = "submitted_revision")
    public long submittedRevision;

    /** The revision the reviewer returned; 0 when none was. */
    @Column(name = "returned_revision")
    public long returnedRevision;

    /** The reviewer's comment on the returned revision (审核意见). */
    @Column(name = "review_comment")
    public String reviewComment;

    /**
     * Where a transcribed legacy disclosure was published (title or address); null for data entered natively. A
     * transcript is published as printed, its errors shown with it; native entry is blocked by its errors.
     */
    @Column(name = "transcribed_from")
    public String transcribedFrom;

    /** Who submitted, returned and last published it: the subjects of their tokens. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "published_by")
    public String publishedBy;

    /** The approval (批复) the part was last published under. */
    @Column(name = "approval_number")
    public String approvalNumber;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    /** The event and Kafka key: {@code departmentCode:year}. */
    public String key() {
        return DepartmentYear.key(departmentCode, year);
    }

    public PartStatus status() {
        if (publishedVersion > 0 && revision == publishedRevision) {
            return PartStatus.PUBLISHED;
        }
        if (submittedRevision == revision) {
            return PartStatus.SUBMITTED;
        }
        if (returnedRevision == revision) {
            return PartStatus.RETURNED;
        }
        return publishedVersion == 0 ? PartStatus.DRAFT : PartStatus.CORRECTION_DRAFT;
    }

    /**
     * The findings that block submitting and publishing this part: all of them for native entry (only errors do
     * block), none for a transcript, which publishes what was printed with its findings beside it. The one rule
     * for every part.
     */
    public List<Finding> blocking(List<Finding> findings) {
        return transcribedFrom == null ? findings : List.of();
    }

    /** The revision a request found, for its audit entry. */
    @PostLoad
    void auditLoaded() {
        AuditTrail.loaded(key(), revision);
    }

    /** The revision a request left, for its audit entry. */
    @PostPersist
    @PostUpdate
    void auditSaved() {
        AuditTrail.saved(key(), revision);
    }

    /** Records a save: call after changing the content. */
    public void touch() {
        revision++;
        updatedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }
}
