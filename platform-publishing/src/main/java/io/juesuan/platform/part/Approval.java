package io.juesuan.platform.part;

import java.time.LocalDate;

/**
 * The finance bureau's approval (批复) of a department's final accounts: disclosure is due within 20 days of it.
 *
 * @param number 批复文号
 * @param date   批复日期
 */
public record Approval(String number, LocalDate date) {
}
