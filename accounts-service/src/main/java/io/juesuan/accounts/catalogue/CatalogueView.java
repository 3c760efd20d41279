package io.juesuan.accounts.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a year's catalogue as the API shows it.
 *
 * @param year     the fiscal year
 * @param kind     {@code function-codes} or {@code economic-codes}
 * @param version  1 for the first load (or the shipped file), then one more per load
 * @param loadedBy the subject of the token that loaded it, {@code seed} for a shipped file
 * @param source   the file's type and encoding, or the shipped file's path
 * @param reason   why a forced load removed or renamed codes in use; absent otherwise
 * @param count    how many codes it has
 * @param codes    the codes in file order; absent where only the version is described
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueView(int year, String kind, int version, OffsetDateTime loadedAt, String loadedBy,
                            String source, String reason, int count, List<CatalogueEntry> codes) {

    public static CatalogueView of(CatalogueVersion version, boolean withCodes) {
        return new CatalogueView(version.year, version.kind.path(), version.version, version.loadedAt,
                version.loadedBy, version.source, version.reason, version.codes.size(),
                withCodes ? List.copyOf(version.codes) : null);
    }
}
