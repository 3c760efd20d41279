package io.juesuan.accounts.department;

import io.juesuan.platform.department.DepartmentYear;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A department as clients send and read it.
 *
 * @param code         9 digits: the 6-digit division code and a 3-digit sequence
 * @param name         full name, e.g. 泉州市鲤城区工业和信息化局
 * @param divisionName name of the administrative division, e.g. 鲤城区 (optional)
 */
public record DepartmentDocument(
        @NotBlank @Pattern(regexp = DepartmentYear.CODE_PATTERN, message = DepartmentYear.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String divisionName) {
}
