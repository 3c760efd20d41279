package io.juesuan.accounts.layout;

/**
 * A stored version of a profile: what a disclosure was checked and printed with.
 *
 * @param id         the stored version's id, which a disclosure keeps
 * @param version    1 for the first load of its key, then counting
 * @param definition what the file said
 */
public record LayoutProfile(long id, int version, ProfileDefinition definition) {

    public ProfileKey key() {
        return definition.key();
    }

    /** How a disclosure names the profile it used. */
    public LayoutRef ref() {
        return new LayoutRef(definition.key().region(), definition.key().fromYear(), version, definition.name());
    }
}
