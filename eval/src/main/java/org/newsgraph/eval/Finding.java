package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

/**
 * One miss or false positive, for inspection ({@code evaluate --errors}). Immutable.
 *
 * @param document the document id
 * @param row the report row it counts in, e.g. {@code mention lenient PERSON}
 * @param kind whether the system missed a gold item or produced a wrong one
 * @param description what it is: the text, its span and type, or a relation's two ends
 */
public record Finding(String document, String row, Kind kind, String description) {

  /** Whether a finding is a miss or a false positive. */
  public enum Kind {
    /** A gold item the system did not find (counts in fn). */
    MISS,
    /** A system item that matches nothing in the gold (counts in fp). */
    FALSE_POSITIVE
  }

  /** Validates the finding. */
  public Finding {
    requireNonNull(document, "document");
    requireNonNull(row, "row");
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return (kind == Kind.MISS ? "MISS " : "FP   ") + document + "  " + row + "  " + description;
  }
}
