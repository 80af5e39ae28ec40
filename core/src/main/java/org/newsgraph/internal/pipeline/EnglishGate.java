package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells English text from text in another language, cheaply and before any model runs.
 *
 * <p>The English NER models tag capitalised nouns of other languages as names (German "Montag",
 * "Lage" became PERSON), so a text that is not English gives an empty document instead of garbage.
 * The test counts common English function words: running English has 30-50% of them, German,
 * Russian or Chinese text almost none. Short texts (headlines, single names) are always taken as
 * English, since they have too few words to judge. Markup is not counted (issue 6).
 */
public final class EnglishGate {

  /** Texts with fewer lower-case words than this are always taken as English. */
  static final int MIN_WORDS = 10;

  /**
   * The share of function words among the lower-case words below which a text is not English.
   * Running English has 40-50% there, even when it is full of names; German and Russian news
   * measured under 10%.
   */
  static final double MIN_FUNCTION_WORD_SHARE = 0.15;

  /** HTML or XML tags and character references, which are not words of any language. */
  private static final Pattern MARKUP = Pattern.compile("<[^<>]{0,200}>|&#?[A-Za-z0-9]{1,10};");

  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "the", "of", "and", "to", "a", "an", "in", "on", "for", "with", "is", "was", "are",
          "were", "has", "have", "had", "will", "would", "be", "been", "by", "at", "that", "this",
          "from", "it", "its", "his", "her", "their", "they", "he", "she", "as", "said", "not",
          "or", "but", "who", "which", "after", "about", "than", "also", "into", "over");

  private EnglishGate() {}

  /** Returns whether the text reads as English, or is too short to tell. */
  public static boolean looksEnglish(String text) {
    text = MARKUP.matcher(text).replaceAll(" ");
    int words = 0;
    int function = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (Character.isUpperCase(c)) {
        // names say nothing about the language: "Radhika Apte, Girish Kulkarni, ..." is English
        // when its few other words are; only words in lower case (and "The", "A") are counted
        String w = text.substring(start, i);
        if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          words++;
          function++;
        }
        continue;
      }
      words++;
      if (i - start <= 5
          && FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        function++;
      }
    }
    return words < MIN_WORDS || function >= MIN_FUNCTION_WORD_SHARE * words;
  }
}
