package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.newsgraph.entity.TextSpan;

/**
 * One sentence of a {@link Document}: its index, character span and text. Immutable.
 *
 * @param index zero-based position in the document
 * @param span character offsets into the document text
 * @param text the sentence text, equal to the document text in {@code span}
 */
public record Sentence(int index, TextSpan span, String text) {

  /** Validates the sentence. */
  public Sentence {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    checkArgument(index >= 0, "sentence index must be >= 0, but was %s", index);
    checkArgument(
        text.length() == span.length(),
        "sentence text has %s characters but its span %s has %s",
        text.length(),
        span,
        span.length());
  }
}
