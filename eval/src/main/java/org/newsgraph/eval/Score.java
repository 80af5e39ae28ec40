package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts of one row of a {@link Report} (e.g. {@code mention lenient PERSON}) and the
 * precision, recall and F1 they give. Immutable.
 *
 * @param name the row's name, as the referee prints it: {@code mention lenient|strict TYPE}, {@code
 *     entity TYPE}, {@code relation TYPE}, or a summary name
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives (misses)
 */
public record Score(String name, int tp, int fp, int fn) {

  /** Validates the counts. */
  public Score {
    requireNonNull(name, "name");
    checkArgument(
        tp >= 0 && fp >= 0 && fn >= 0,
        "counts must be >= 0, but were tp=%s fp=%s fn=%s",
        tp,
        fp,
        fn);
  }

  /** Returns tp / (tp + fp), or 0 when there is no system item. */
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** Returns tp / (tp + fn), or 0 when there is no gold item. */
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Returns a score with both counts added. */
  Score plus(Score o) {
    return new Score(name, tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /**
   * Returns the value with three decimals, rounded as the referee rounds (Python's {@code round},
   * half to even on the exact binary value), so printed figures agree digit for digit.
   */
  public static String format(double value) {
    return format(value, 3);
  }

  static String format(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
