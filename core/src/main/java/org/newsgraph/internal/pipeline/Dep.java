package org.newsgraph.internal.pipeline;

/**
 * A dependency edge between two tokens of a sentence (token indices within the sentence), with its
 * Universal Dependencies relation name, e.g. {@code nsubj}, {@code nmod:poss}, {@code obl:in}.
 */
record Dep(int governor, int dependent, String relation) {

  /** Returns the relation without its specifier: {@code obl} for {@code obl:in}. */
  String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
