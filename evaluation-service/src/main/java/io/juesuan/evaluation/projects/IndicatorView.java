package io.juesuan.evaluation.projects;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;

/**
 * An indicator as given, with what the engine made of it.
 *
 * @param computed the score its rule gives; null for a judgement or when a figure is missing
 * @param score    the score that counts: the computed one, else the self-score
 */
public record IndicatorView(@JsonUnwrapped IndicatorDocument indicator, BigDecimal computed, BigDecimal score) {
}
