package org.newsgraph.internal.pipeline;

/**
 * One token: its surface word, lemma, part-of-speech tag, CoreNLP's NER tag, and character offsets
 * into the document text.
 */
record Tok(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  String lemmaLower() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }

  boolean isPossessive() {
    return pos.equals("POS");
  }
}
