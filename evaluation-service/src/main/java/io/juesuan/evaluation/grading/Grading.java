package io.juesuan.evaluation.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which grade scale applies. */
@ConfigMapping(prefix = "juesuan.evaluation")
public interface Grading {

    /** Classpath resource of the grade bands. */
    @WithDefault("grading/national-2020.tsv")
    String gradeScale();
}
