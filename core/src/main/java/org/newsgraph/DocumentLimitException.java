package org.newsgraph;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Thrown when one document exceeds a per-document limit set on the {@link Extractor.Builder}: a
 * sentence longer than {@link Extractor.Builder#maxSentenceTokens(int)} tokens, or extraction
 * taking longer than {@link Extractor.Builder#timeBudget(java.time.Duration)}.
 *
 * <p>The document is abandoned (no partial result); the extractor stays usable, so a batch can
 * record the failure and go on with the next document. The message names the document, the limit,
 * the value that exceeded it and the builder method that raises it:
 *
 * <pre>{@code
 * try {
 *   doc = extractor.extract(id, text);
 * } catch (DocumentLimitException e) {
 *   log(e.documentId() + ": " + e.limit() + " " + e.value() + " > " + e.maximum());
 * }
 * }</pre>
 *
 * <p>A text longer than {@link Extractor.Builder#maxCharacters(int)} is refused before any work
 * with an {@link IllegalArgumentException} instead, like any other bad argument.
 */
public final class DocumentLimitException extends ExtractionException {

  private static final long serialVersionUID = 1L;

  /** The per-document limits, each with the builder method that sets it and its unit. */
  public enum Limit {
    /** Tokens in one sentence; see {@link Extractor.Builder#maxSentenceTokens(int)}. */
    MAX_SENTENCE_TOKENS("maxSentenceTokens", "tokens"),
    /** Milliseconds spent on one document; see {@link Extractor.Builder#timeBudget}. */
    TIME_BUDGET("timeBudget", "ms");

    private final String builderMethod;
    private final String unit;

    Limit(String builderMethod, String unit) {
      this.builderMethod = builderMethod;
      this.unit = unit;
    }

    /** Returns the name of the {@link Extractor.Builder} method that sets this limit. */
    public String builderMethod() {
      return builderMethod;
    }

    /** Returns the unit of {@link #value()} and {@link #maximum()}: tokens or ms. */
    public String unit() {
      return unit;
    }
  }

  private final String documentId;
  private final Limit limit;
  private final long value;
  private final long maximum;

  private DocumentLimitException(
      String message, String documentId, Limit limit, long value, long maximum) {
    super(message);
    this.documentId = documentId;
    this.limit = limit;
    this.value = value;
    this.maximum = maximum;
  }

  /**
   * Returns the exception for a sentence with more tokens than allowed.
   *
   * @param sentence the zero-based index of the sentence
   */
  public static DocumentLimitException sentenceTooLong(
      String documentId, int sentence, long tokens, long maximum) {
    requireNonNull(documentId, "documentId");
    return new DocumentLimitException(
        String.format(
            Locale.ROOT,
            "sentence %s of document '%s' has %s tokens, more than the limit of %s; split the"
                + " text into shorter sentences, or raise the limit with"
                + " Extractor.builder().maxSentenceTokens(...)",
            sentence,
            documentId,
            tokens,
            maximum),
        documentId,
        Limit.MAX_SENTENCE_TOKENS,
        tokens,
        maximum);
  }

  /**
   * Returns the exception for a document whose extraction ran over its time budget.
   *
   * @param step the step after which the budget was found spent, e.g. {@code "annotate: ner"}
   */
  public static DocumentLimitException timeBudgetSpent(
      String documentId, String step, long elapsedMillis, long budgetMillis) {
    requireNonNull(documentId, "documentId");
    requireNonNull(step, "step");
    return new DocumentLimitException(
        String.format(
            Locale.ROOT,
            "document '%s' took %s ms, more than the time budget of %s ms (stopped after %s);"
                + " raise the budget with Extractor.builder().timeBudget(...)",
            documentId,
            elapsedMillis,
            budgetMillis,
            step),
        documentId,
        Limit.TIME_BUDGET,
        elapsedMillis,
        budgetMillis);
  }

  /** Returns the id of the document that exceeded the limit. */
  public String documentId() {
    return documentId;
  }

  /** Returns the limit that was exceeded. */
  public Limit limit() {
    return limit;
  }

  /** Returns the value that exceeded the limit, in {@link Limit#unit()}. */
  public long value() {
    return value;
  }

  /** Returns the limit's setting, in {@link Limit#unit()}. */
  public long maximum() {
    return maximum;
  }
}
