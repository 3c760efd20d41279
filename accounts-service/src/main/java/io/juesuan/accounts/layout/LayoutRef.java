package io.juesuan.accounts.layout;

/**
 * The layout profile a disclosure was checked and printed with, as the API shows it.
 *
 * @param region   {@code national} or the division prefix the profile covers
 * @param fromYear the first year the profile applies to
 * @param version  the profile's version
 * @param name     who prints it so, e.g. 上海市
 */
public record LayoutRef(String region, int fromYear, int version, String name) {
}
