package org.newsgraph.relation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.newsgraph.entity.TextSpan;

/**
 * Where a relation was read: the sentence, the character range that states it, and that text.
 *
 * <p>{@code text} equals {@code document.text().substring(span.begin(), span.end())}; the range
 * covers the relation's trigger and both of its mentions in that sentence. {@code foundBy} names
 * the rule that read the relation there (a built-in rule's name such as {@code
 * leader-title-before-name}, or the name of a user's rule), so that "why did I get this edge?" has
 * an answer; {@code newsgraph explain} and {@code evaluate --by-rule} use it. Immutable.
 *
 * @param sentence zero-based sentence index
 * @param span character offsets of the evidence in the document text
 * @param text the evidence text
 * @param foundBy the name of the rule that read the relation in this sentence
 */
public record Evidence(int sentence, TextSpan span, String text, String foundBy) {

  /** Validates the evidence. */
  public Evidence {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(foundBy, "foundBy");
    checkArgument(
        !foundBy.isBlank(), "foundBy must name the rule that read the relation, but was blank");
    checkArgument(sentence >= 0, "sentence index must be >= 0, but was %s", sentence);
    checkArgument(
        text.length() == span.length(),
        "evidence text has %s characters but its span %s has %s",
        text.length(),
        span,
        span.length());
  }
}
