package io.juesuan.accounts.catalogue;

import io.juesuan.platform.data.TsvResource;

/**
 * Where a year's catalogue and templates are read from: {@code catalogue/{year}/}, or, when that folder holds only a
 * {@code same-as.tsv} naming an earlier year, that year's folder (a year whose codes and tables did not change).
 */
public final class CatalogueFolder {

    private CatalogueFolder() {
    }

    public static String of(int year) {
        String folder = "catalogue/" + year + "/";
        return TsvResource.read(folder + "same-as.tsv")
                .filter(lines -> !lines.isEmpty())
                .map(lines -> "catalogue/" + Integer.parseInt(lines.get(0)[0].strip()) + "/")
                .orElse(folder);
    }
}
