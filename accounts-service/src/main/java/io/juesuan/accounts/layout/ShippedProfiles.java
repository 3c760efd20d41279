package io.juesuan.accounts.layout;

import io.juesuan.platform.data.TsvResource;

import java.util.List;

/** The layout profiles shipped with the platform: {@code layout/profiles/}, listed in its {@code shipped.txt}. */
public final class ShippedProfiles {

    static final String DIRECTORY = "layout/profiles/";

    private ShippedProfiles() {
    }

    /** The shipped files' names, e.g. {@code 35-2020.tsv}. */
    public static List<String> files() {
        return TsvResource.read(DIRECTORY + "shipped.txt").orElseThrow().stream().map(line -> line[0]).toList();
    }

    /** A shipped file's text. */
    public static String text(String file) {
        return TsvResource.text(DIRECTORY + file)
                .orElseThrow(() -> new IllegalStateException(DIRECTORY + file + " is missing"));
    }

    /** A shipped file, read and checked like a loaded one. */
    public static ProfileDefinition read(String file) {
        return ProfileFile.read(text(file));
    }
}
