package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import org.newsgraph.entity.TextSpan;

/**
 * Any name the gold annotates, with the label the data set gives it ({@code politician}, {@code
 * DEMONYM}, {@code None}, ...). The scorer uses these only for the nesting rule: a system mention
 * strictly inside a gold name whose label is not the scored type is neither rewarded nor penalised.
 * Immutable.
 *
 * @param span character offsets into {@link GoldDocument#text()}
 * @param label the data set's label, compared with a type's {@link
 *     org.newsgraph.entity.EntityType#name()}
 */
public record GoldSpan(TextSpan span, String label) {

  /** Validates the span. */
  public GoldSpan {
    requireNonNull(span, "span");
    requireNonNull(label, "label");
  }
}
