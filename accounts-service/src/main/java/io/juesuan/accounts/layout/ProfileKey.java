package io.juesuan.accounts.layout;

import java.util.regex.Pattern;

/**
 * What a layout profile is filed under: the division prefix it covers and the first year it applies to.
 *
 * @param region   {@value #NATIONAL} for the national default, else a province (2 digits), city (4) or county (6)
 *                 prefix of the 行政区划代码
 * @param fromYear the first fiscal year it applies to
 */
public record ProfileKey(String region, int fromYear) {

    public static final String NATIONAL = "national";
    private static final Pattern PREFIX = Pattern.compile("^[0-9]{2}([0-9]{2}){0,2}$");

    public static boolean isRegion(String region) {
        return NATIONAL.equals(region) || region != null && PREFIX.matcher(region).matches();
    }

    /** Whether the profile may apply to a department of the division: the national default covers every one. */
    public boolean covers(String divisionCode) {
        return NATIONAL.equals(region) || divisionCode != null && divisionCode.startsWith(region);
    }

    /** How many digits of the division the region fixes: the more, the more specific. */
    public int specificity() {
        return NATIONAL.equals(region) ? 0 : region.length();
    }

    /** The province the region lies in; empty for the national default. */
    public String province() {
        return NATIONAL.equals(region) ? "" : region.substring(0, 2);
    }

    @Override
    public String toString() {
        return region + "/" + fromYear;
    }
}
