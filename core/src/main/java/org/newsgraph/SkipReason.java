package org.newsgraph;

/**
 * Why an {@link Extractor} left a text unread: {@link Document#skipReason()} holds it, so an empty
 * document that was skipped never looks like English with nothing in it.
 *
 * <pre>{@code
 * Document doc = extractor.extract("a1", "Der Bundeskanzler ist heute nach Paris gereist, wo er ...");
 * doc.skipReason();   // Optional[NOT_ENGLISH]
 * }</pre>
 */
public enum SkipReason {
  /**
   * The text does not read as English: of ten or more words in lower case, fewer than 15% are
   * common English function words ("the", "of", "and", ...). The English models would only find
   * garbage in it.
   */
  NOT_ENGLISH(
      "the text does not read as English (fewer than 15% of its lower-case words are common English"
          + " words such as 'the' or 'of'); NewsGraph reads English only");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** Returns a sentence saying why, for a warning: "the text does not read as English (...)". */
  public String description() {
    return description;
  }
}
