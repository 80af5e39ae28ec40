package org.newsgraph.eval;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up, per rule, the referee's verdicts on the relations whose evidence names the rule. Not
 * thread-safe; one instance counts one scoring run.
 */
final class RuleCounts {

  /** The referee's verdict on one system relation. */
  enum Verdict {
    TRUE_POSITIVE,
    FALSE_POSITIVE,
    /** It matches an optional gold relation: counted neither way. */
    NEUTRAL
  }

  /** Most relations first, then by name: the rules that weigh most on the figures lead. */
  static final Comparator<RuleScore> ORDER =
      Comparator.comparingInt(RuleScore::relations).reversed().thenComparing(RuleScore::rule);

  private final Map<String, RuleScore> byRule = new TreeMap<>();

  /** Counts the verdict on a relation for each rule that found it. */
  void credit(Scorer.SysRelation r, Verdict verdict) {
    for (String rule : r.rules().isEmpty() ? ImmutableList.of(RuleScore.UNNAMED) : r.rules()) {
      RuleScore one =
          new RuleScore(
              rule,
              verdict == Verdict.TRUE_POSITIVE ? 1 : 0,
              verdict == Verdict.FALSE_POSITIVE ? 1 : 0,
              verdict == Verdict.NEUTRAL ? 1 : 0,
              r.confidence());
      byRule.merge(rule, one, RuleScore::plus);
    }
  }

  /** Adds another run's counts to these. */
  void addAll(Iterable<RuleScore> scores) {
    for (RuleScore s : scores) {
      byRule.merge(s.rule(), s, RuleScore::plus);
    }
  }

  /** Returns the scores in {@link #ORDER}. */
  ImmutableList<RuleScore> sorted() {
    return byRule.values().stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
  }
}
