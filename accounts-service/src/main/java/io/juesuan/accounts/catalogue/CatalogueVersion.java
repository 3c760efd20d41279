package io.juesuan.accounts.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One load of a year's function or economic codes, kept whole and never changed. */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "fiscal_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public CatalogueKind kind;

    public int version;

    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;

    /** The subject of the token that loaded it, or {@code seed} for a shipped file. */
    @Column(name = "loaded_by")
    public String loadedBy;

    /** The file's type and encoding, or the shipped file's path. */
    public String source;

    /** Why a load that removes or renames codes in use was forced; null otherwise. */
    public String reason;

    /** In file order: the order 公开06表 prints economic codes in. Always read with the version: it is the version. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_code", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<CatalogueEntry> codes = new ArrayList<>();

    /** Code → name, in file order. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(entry -> names.put(entry.code(), entry.name()));
        return names;
    }
}
