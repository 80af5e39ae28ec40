package org.newsgraph.relation;

/**
 * When a role such as a leader's title is held, as the text says it: "President X" holds it now,
 * "former President X" held it, "President-elect X" is to hold it. Read by {@link
 * Relation#tenure()}; {@code Patterns.person().currentLeaderOf(...)} keeps {@link #CURRENT} only.
 */
public enum Tenure {
  /** Held now, or the text says nothing else: "President X", "the current president, X". */
  CURRENT,
  /**
   * Held now for the time being: "acting President X", "interim leader X", "caretaker Prime
   * Minister X".
   */
  ACTING,
  /** Held now by someone about to leave it: "outgoing Prime Minister X". */
  OUTGOING,
  /**
   * Held before: "former", "ex-", "the late", "then-", "ousted", "X, the president at the time".
   */
  FORMER,
  /** To be held: "President-elect X", "incoming Prime Minister X", "future king X". */
  FUTURE
}
