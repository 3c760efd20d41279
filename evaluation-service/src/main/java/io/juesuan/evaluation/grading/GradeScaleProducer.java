package io.juesuan.evaluation.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Loads the configured grade scale once. */
public class GradeScaleProducer {

    @Produces
    @ApplicationScoped
    GradeScale gradeScale(Grading grading) {
        return GradeScale.load(grading.gradeScale());
    }
}
