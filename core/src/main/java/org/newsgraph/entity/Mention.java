package org.newsgraph.entity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One place in the text where an entity is named or referred to.
 *
 * <p>{@code text} always equals {@code document.text().substring(span.begin(), span.end())}.
 * Immutable.
 *
 * @param text the mention as it stands in the document
 * @param span its character offsets into the document text
 * @param sentence the zero-based index of the sentence that holds it
 */
public record Mention(String text, TextSpan span, int sentence) {

  /** Validates the mention. */
  public Mention {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    checkArgument(
        text.length() == span.length(),
        "mention text '%s' has %s characters but its span %s has %s",
        text,
        text.length(),
        span,
        span.length());
    checkArgument(sentence >= 0, "sentence index must be >= 0, but was %s", sentence);
  }

  /** Returns the offset of the first character. */
  public int begin() {
    return span.begin();
  }

  /** Returns the offset just past the last character. */
  public int end() {
    return span.end();
  }
}
