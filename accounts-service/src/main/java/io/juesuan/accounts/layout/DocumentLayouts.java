package io.juesuan.accounts.layout;

import io.juesuan.accounts.catalogue.Catalogues;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The one place that decides what a document is checked and printed with: the current catalogue of its year (or
 * the nearest year the bureau has loaded) and the layout profile of its division and year ({@link LayoutProfiles}).
 */
@ApplicationScoped
public class DocumentLayouts {

    private final Catalogues catalogues;
    private final LayoutProfiles profiles;

    DocumentLayouts(Catalogues catalogues, LayoutProfiles profiles) {
        this.catalogues = catalogues;
        this.profiles = profiles;
    }

    /** With the profile the division and year resolve to now; empty when no catalogue or profile is within reach. */
    public Optional<DocumentLayout> forDocument(String divisionCode, int year) {
        return profiles.resolve(divisionCode, year).flatMap(profile -> withCatalogue(profile, year));
    }

    /**
     * With the profile version a stored document was checked with, when it has one (a document saved before
     * profiles existed has none, and resolves as a new one would).
     */
    public Optional<DocumentLayout> forStored(Long profileId, String divisionCode, int year) {
        if (profileId == null) {
            return forDocument(divisionCode, year);
        }
        return profiles.byId(profileId).flatMap(profile -> withCatalogue(profile, year));
    }

    private Optional<DocumentLayout> withCatalogue(LayoutProfile profile, int year) {
        return catalogues.forYear(year).map(catalogue -> new DocumentLayout(catalogue, profile));
    }
}
