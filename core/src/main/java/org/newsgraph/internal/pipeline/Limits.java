package org.newsgraph.internal.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The per-document limits of one extractor.
 *
 * @param maxSentenceTokens the most tokens one sentence may have before it is tagged and parsed
 * @param timeBudget the longest one document may take, or null for no budget
 */
public record Limits(int maxSentenceTokens, @Nullable Duration timeBudget) {

  /** No limit at all. */
  public static final Limits NONE = new Limits(Integer.MAX_VALUE, null);

  /** Validates the limits. */
  public Limits {
    checkArgument(
        maxSentenceTokens > 0, "maxSentenceTokens must be > 0, but was %s", maxSentenceTokens);
    checkArgument(
        timeBudget == null || (!timeBudget.isNegative() && !timeBudget.isZero()),
        "timeBudget must be positive, but was %s",
        timeBudget);
  }

  /** Starts the clock for one document. */
  Deadline start(String documentId) {
    return new Deadline(documentId, timeBudget, System.nanoTime());
  }
}
