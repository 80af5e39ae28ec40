package org.newsgraph.entity;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open character range {@code [begin, end)} into a document's text.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units), so {@code
 * text.substring(span.begin(), span.end())} is the spanned text. Immutable.
 */
public record TextSpan(int begin, int end) {

  /** Validates the range. */
  public TextSpan {
    checkArgument(
        0 <= begin && begin < end,
        "span must satisfy 0 <= begin < end, but was [%s, %s)",
        begin,
        end);
  }

  /** Returns the number of characters in this span. */
  public int length() {
    return end - begin;
  }

  /** Returns whether this span and {@code other} share at least one character. */
  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** Returns whether {@code other} lies entirely inside this span. */
  public boolean encloses(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
