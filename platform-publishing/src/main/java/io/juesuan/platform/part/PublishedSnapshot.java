package io.juesuan.platform.part;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One published version of a part, exactly as it was published; never changed afterwards. */
@Entity
@Immutable
@Table(name = "published_snapshot")
@IdClass(PublishedSnapshot.Key.class)
public class PublishedSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "aggregatetype")
    public String aggregateType;

    @Id
    @Column(name = "aggregateid")
    public String aggregateId;

    @Id
    @Column(name = "published_version")
    public int publishedVersion;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "approval_number")
    public String approvalNumber;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    /** Who published it: the subject of the reviewer's token. */
    @Column(name = "published_by")
    public String publishedBy;

    /** The JSON document, as text so that it stays exactly as written. */
    public String payload;

    public static List<PublishedSnapshot> versionsOf(String aggregateType, String aggregateId) {
        return list("aggregateType = ?1 and aggregateId = ?2 order by publishedVersion", aggregateType, aggregateId);
    }

    public static Optional<PublishedSnapshot> version(String aggregateType, String aggregateId, int version) {
        return find("aggregateType = ?1 and aggregateId = ?2 and publishedVersion = ?3",
                aggregateType, aggregateId, version).firstResultOptional();
    }

    /** Composite primary key. */
    public record Key(String aggregateType, String aggregateId, int publishedVersion) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }
}
