package io.juesuan.evaluation.grading;

import io.juesuan.platform.data.TsvResource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Loads each template once from {@code templates/{id}.tsv}: another template is a data file, not a code change. */
public final class EvaluationTemplates {

    private static final Map<String, Optional<EvaluationTemplate>> CACHE = new ConcurrentHashMap<>();

    private EvaluationTemplates() {
    }

    public static Optional<EvaluationTemplate> get(String id) {
        if (id == null || !id.matches("^[a-z0-9-]{1,60}$")) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(id, EvaluationTemplates::load);
    }

    private static Optional<EvaluationTemplate> load(String id) {
        return TsvResource.read("templates/" + id + ".tsv").map(lines -> parse(id, lines));
    }

    private static EvaluationTemplate parse(String id, List<String[]> lines) {
        GradeScale grades = null;
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String[] cells : lines) {
            switch (cells[0]) {
                case "grades" -> grades = GradeScale.load(cells[1]);
                case "weight" -> weights.put(cells[1], new BigDecimal(cells[2]));
                default -> throw new IllegalStateException("templates/" + id + ".tsv: unknown line " + cells[0]);
            }
        }
        if (grades == null) {
            throw new IllegalStateException("templates/" + id + ".tsv names no grade scale");
        }
        return new EvaluationTemplate(id, grades, weights);
    }
}
