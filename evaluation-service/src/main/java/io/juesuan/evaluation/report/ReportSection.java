package io.juesuan.evaluation.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A section of the report as written: its title and its text, paragraphs separated by line breaks. */
public record ReportSection(@NotBlank @Size(max = 200) String title, @Size(max = 100_000) String text) {
}
