package io.juesuan.platform.part;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The reviewer returns a submitted part to the department.
 *
 * @param comment what must change (审核意见)
 */
public record ReturnRequest(@NotBlank @Size(max = 5000) String comment) {
}
