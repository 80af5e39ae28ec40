package org.newsgraph.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Joins gold tokens into plain text exactly as the referee's {@code detok} does, so that the
 * documents given to a system and the referee's offsets agree byte for byte. Stateless.
 */
final class Detokenizer {

  private static final ImmutableSet<String> NO_SPACE_BEFORE =
      ImmutableSet.of(
          ",",
          ".",
          ":",
          ";",
          "?",
          "!",
          ")",
          "]",
          "}",
          "%",
          "'s",
          "n't",
          "'re",
          "'m",
          "'ve",
          "'ll",
          "'d",
          "\u2019s",
          "n\u2019t",
          "\u2019",
          "\u201d",
          "...");
  private static final ImmutableSet<String> NO_SPACE_AFTER =
      ImmutableSet.of("(", "[", "{", "$", "#", "\u201c", "\u2018");

  /**
   * The text and the span of each token in it.
   *
   * @param text the joined text
   * @param spans one entry per token; a newline token spans its newline
   */
  record Joined(String text, ImmutableList<Span> spans) {}

  /** A token's range; tokens may be empty strings in gold files, so this is no TextSpan. */
  record Span(int begin, int end) {}

  private Detokenizer() {}

  static Joined join(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    ImmutableList.Builder<Span> spans = ImmutableList.builder();
    String prev = null;
    boolean quoteOpen = false;
    for (String tok : tokens) {
      if (tok.equals("\n")) {
        out.append('\n');
        spans.add(new Span(out.length() - 1, out.length()));
        prev = "\n";
        continue;
      }
      boolean space = true;
      if (prev == null || prev.equals("\n")) {
        space = false;
      } else if (NO_SPACE_BEFORE.contains(tok) || NO_SPACE_AFTER.contains(prev)) {
        space = false;
      } else if (tok.equals("-") || prev.equals("-")) {
        space = false;
      } else if (tok.equals("\"")) {
        space = !quoteOpen;
      } else if (prev.equals("\"") && quoteOpen) {
        space = false;
      }
      if (tok.equals("\"")) {
        quoteOpen = !quoteOpen;
      }
      if (space) {
        out.append(' ');
      }
      spans.add(new Span(out.length(), out.length() + tok.length()));
      out.append(tok);
      prev = tok;
    }
    return new Joined(out.toString(), spans.build());
  }
}
