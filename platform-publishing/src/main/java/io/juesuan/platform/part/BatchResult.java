package io.juesuan.platform.part;

import java.util.List;

/** The answer to a year's batch: every department-year published, in the order sent. */
public record BatchResult(int year, int published, List<BatchOutcome> items) {

    static BatchResult of(int year, List<BatchOutcome> items) {
        return new BatchResult(year, items.size(), List.copyOf(items));
    }
}
