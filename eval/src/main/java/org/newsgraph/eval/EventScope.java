package org.newsgraph.eval;

/**
 * Which system events a score counts. DWIE and CrossNER annotate named events only ("Victory Day
 * parade"), so common-noun events ("the summit", "talks") count as false positives there; {@link
 * #NAMED} leaves them out to measure the named events alone.
 *
 * <pre>{@code
 * Report named = Scorer.score(Dataset.DWIE, gold, system, EventScope.NAMED);
 * }</pre>
 */
public enum EventScope {
  /** Every event the system outputs. */
  ALL,
  /**
   * Named events only: events whose {@code isNamed()} is false, and their relations, are left out.
   */
  NAMED
}
