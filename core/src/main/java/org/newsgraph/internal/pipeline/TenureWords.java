package org.newsgraph.internal.pipeline;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.relation.Tenure;

/**
 * The words before a title that say when it is held ("former", "ex-", "interim", "outgoing",
 * "-elect"), and the relation attribute that carries the tenure. Shared by the title readings of
 * {@link RelationStage} and the {@code title:} node of pattern rules.
 */
final class TenureWords {

  /** The relation attribute that holds a tenure other than {@link Tenure#CURRENT}. */
  static final String ATTRIBUTE = "time";

  private static final Map<String, Tenure> WORDS =
      Map.ofEntries(
          Map.entry("former", Tenure.FORMER),
          Map.entry("ex", Tenure.FORMER),
          Map.entry("late", Tenure.FORMER),
          Map.entry("then", Tenure.FORMER),
          Map.entry("ousted", Tenure.FORMER),
          Map.entry("deposed", Tenure.FORMER),
          Map.entry("exiled", Tenure.FORMER),
          Map.entry("erstwhile", Tenure.FORMER),
          Map.entry("elect", Tenure.FUTURE),
          Map.entry("incoming", Tenure.FUTURE),
          Map.entry("future", Tenure.FUTURE),
          Map.entry("designate", Tenure.FUTURE),
          Map.entry("acting", Tenure.ACTING),
          Map.entry("interim", Tenure.ACTING),
          Map.entry("caretaker", Tenure.ACTING),
          Map.entry("provisional", Tenure.ACTING),
          Map.entry("outgoing", Tenure.OUTGOING));

  private TenureWords() {}

  /**
   * The tenure a word says: "former", "Ex-President", "then-president", "President-elect", "prime
   * minister-designate"; null for a word that says none.
   */
  static @Nullable Tenure of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Tenure t = WORDS.get(w);
    if (t != null) {
      return t;
    }
    int dash = w.indexOf('-');
    if (dash > 0 && dash < w.length() - 1) {
      Tenure before = WORDS.get(w.substring(0, dash)); // "ex-president", "then-premier"
      if (before == Tenure.FORMER) {
        return before;
      }
      Tenure after = WORDS.get(w.substring(w.lastIndexOf('-') + 1)); // "president-elect"
      if (after == Tenure.FUTURE) {
        return after;
      }
    }
    return null;
  }

  /**
   * Of two tenures said of one title, the one that says more: "former acting president" held it
   * before.
   */
  static @Nullable Tenure stronger(@Nullable Tenure a, @Nullable Tenure b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
