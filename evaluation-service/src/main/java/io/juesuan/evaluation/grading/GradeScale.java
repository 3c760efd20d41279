package io.juesuan.evaluation.grading;

import io.juesuan.platform.data.TsvResource;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Grade bands (等次) over a total score out of 100, read from a data file because provinces label them
 * differently (优/良/中/差, or 合格/不合格).
 */
public final class GradeScale {

    /** One band: scores at or above {@code lowerBound} get {@code label}, unless a higher band applies. */
    public record Band(BigDecimal lowerBound, String label) {
    }

    private final List<Band> bands;

    public GradeScale(List<Band> bands) {
        this.bands = bands.stream().sorted(Comparator.comparing(Band::lowerBound).reversed()).toList();
    }

    public static GradeScale load(String resource) {
        List<Band> bands = TsvResource.read(resource)
                .orElseThrow(() -> new IllegalStateException("grade scale " + resource + " is missing")).stream()
                .map(cells -> new Band(new BigDecimal(cells[0]), cells[1])).toList();
        return new GradeScale(bands);
    }

    public String gradeOf(BigDecimal score) {
        return bands.stream().filter(b -> score.compareTo(b.lowerBound()) >= 0).findFirst()
                .map(Band::label).orElseThrow(() -> new IllegalArgumentException("no band for " + score));
    }

    /** Long forms a document may print for a band's label. */
    private static final java.util.Map<String, String> LONG_FORMS =
            java.util.Map.of("优秀", "优", "良好", "良", "中等", "中", "较差", "差");

    /** Whether a grade as a document prints it (优秀) means the computed one (优). */
    public static boolean sameGrade(String declared, String computed) {
        String d = declared.strip();
        return d.equals(computed) || computed.equals(LONG_FORMS.get(d));
    }
}
