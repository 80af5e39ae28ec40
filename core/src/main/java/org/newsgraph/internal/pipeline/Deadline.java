package org.newsgraph.internal.pipeline;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.newsgraph.DocumentLimitException;

/**
 * The time budget of one document, checked between steps (CoreNLP annotators and our stages). A
 * step is never interrupted, so the overshoot is at most one step; the sentence-length limit keeps
 * every step linear in the text length.
 */
final class Deadline {

  private final String documentId;
  private final @Nullable Duration budget;
  private final long start;

  Deadline(String documentId, @Nullable Duration budget, long start) {
    this.documentId = documentId;
    this.budget = budget;
    this.start = start;
  }

  String documentId() {
    return documentId;
  }

  /**
   * Throws if the budget is spent.
   *
   * @param step what has just been done, for the message
   * @throws DocumentLimitException if the document has taken longer than its budget
   */
  void check(String step) {
    if (budget == null) {
      return;
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed > budget.toNanos()) {
      throw DocumentLimitException.timeBudgetSpent(
          documentId, step, Duration.ofNanos(elapsed).toMillis(), budget.toMillis());
    }
  }
}
