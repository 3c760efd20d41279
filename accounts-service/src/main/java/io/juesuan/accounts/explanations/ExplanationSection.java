package io.juesuan.accounts.explanations;

import java.util.List;

/**
 * One section of 第三部分 as the public reads it.
 *
 * @param id         stable key, e.g. {@code GENERAL_BUDGET}
 * @param title      printed title
 * @param paragraphs the generated Chinese sentences, in order
 */
public record ExplanationSection(String id, String title, List<String> paragraphs) {
}
