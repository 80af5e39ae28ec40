package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What one rule's relations scored on gold data ({@code evaluate --by-rule}): how many of the
 * relations whose evidence names the rule ({@link org.newsgraph.relation.Evidence#foundBy()}) the
 * referee counts as true, as false, or neither. A relation found by several rules counts for each
 * of them, once; only relations of the types the data set scores are counted.
 *
 * <p>Obtain them from {@link Report#rules()}. Immutable.
 *
 * <pre>{@code
 * for (RuleScore r : Scorer.score(Dataset.DWIE, gold, system).rules()) {
 *   System.out.println(r.rule() + " " + r.precision());
 * }
 * }</pre>
 *
 * @param rule the rule's name as evidence gives it, or {@link #UNNAMED} for relations whose
 *     evidence names none (output of versions before {@code foundBy})
 * @param tp relations the referee counts as true positives
 * @param fp relations the referee counts as false positives: they match no gold relation, or repeat
 *     one already counted
 * @param neutral relations that count neither way: they match an optional relation of a gold graph
 *     (always 0 on DWIE and Re-DocRED)
 * @param confidenceSum the sum of the confidences of all these relations (a relation's confidence
 *     is the highest of its readings')
 */
public record RuleScore(String rule, int tp, int fp, int neutral, double confidenceSum) {

  /** The name under which relations whose evidence names no rule are counted. */
  public static final String UNNAMED = "(no rule named)";

  /** Validates the counts. */
  public RuleScore {
    requireNonNull(rule, "rule");
    checkArgument(
        tp >= 0 && fp >= 0 && neutral >= 0,
        "counts must be >= 0, but were tp=%s fp=%s neutral=%s",
        tp,
        fp,
        neutral);
    int relations = tp + fp + neutral; // the fields are not set yet
    checkArgument(
        confidenceSum >= 0 && confidenceSum <= relations + 1e-9,
        "confidenceSum must lie in [0, the number of relations %s], but was %s",
        (Object) relations,
        confidenceSum);
  }

  /** Returns the number of relations counted for the rule: tp + fp + neutral. */
  public int relations() {
    return tp + fp + neutral;
  }

  /** Returns tp / (tp + fp), or 0 when the rule has neither. */
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** Returns the mean confidence of the rule's relations, or 0 when it has none. */
  public double meanConfidence() {
    return relations() == 0 ? 0.0 : confidenceSum / relations();
  }

  /** Returns a score with both counts added. */
  RuleScore plus(RuleScore o) {
    return new RuleScore(
        rule, tp + o.tp, fp + o.fp, neutral + o.neutral, confidenceSum + o.confidenceSum);
  }
}
