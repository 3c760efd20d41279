package io.juesuan.platform.department;

import java.util.regex.Pattern;

/** Formats of the department code and fiscal year that identify every part. */
public final class DepartmentYear {

    /**
     * A department code: the 6-digit administrative division code (350502 鲤城区) followed by the department's
     * 3-digit sequence, e.g. {@code 350502001}.
     */
    public static final String CODE_PATTERN = "^[0-9]{6}[0-9]{3}$";
    public static final String CODE_MESSAGE = "部门编码须为9位数字（6位行政区划码+3位序号）/ "
            + "department code must be 9 digits: 6-digit division code and 3-digit sequence";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** An event's and a cursor's key: department code, colon, four-digit year. */
    private static final Pattern KEY = Pattern.compile("^[0-9]{9}:[0-9]{4}$");

    private DepartmentYear() {
    }

    public static String key(String departmentCode, int year) {
        return departmentCode + ":" + year;
    }

    /** True when {@code key} is a well-formed {@code departmentCode:year}. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The administrative division code inside a department code. */
    public static String divisionOf(String departmentCode) {
        return departmentCode.substring(0, 6);
    }
}
