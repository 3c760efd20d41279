package io.juesuan.platform.part;

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

    private DepartmentYear() {
    }

    public static String key(String departmentCode, int year) {
        return departmentCode + ":" + year;
    }

    /** The administrative division code inside a department code. */
    public static String divisionOf(String departmentCode) {
        return departmentCode.substring(0, 6);
    }
}
