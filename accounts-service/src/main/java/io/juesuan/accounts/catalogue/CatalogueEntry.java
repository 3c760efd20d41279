package io.juesuan.accounts.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Embeddable;

/**
 * One code of a catalogue with its name, as the bureau's file gives it.
 *
 * @param code 3, 5 or 7 ASCII digits
 * @param name the name the year gives it
 */
@Embeddable
public record CatalogueEntry(String code, String name) {

    /** 类, 款 or 项. */
    @JsonProperty("level")
    public String level() {
        return CatalogueKind.levelOf(code);
    }
}
