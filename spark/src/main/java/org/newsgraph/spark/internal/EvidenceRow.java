package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.Objects;

/** One piece of evidence of a relation: sentence index, offsets, text and the rule that read it. */
public final class EvidenceRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private int sentence;
  private int begin;
  private int end;
  private String text;
  private String foundBy;

  /** Creates an empty row; for Spark's encoder. */
  public EvidenceRow() {}

  public int getSentence() {
    return sentence;
  }

  public void setSentence(int sentence) {
    this.sentence = sentence;
  }

  public int getBegin() {
    return begin;
  }

  public void setBegin(int begin) {
    this.begin = begin;
  }

  public int getEnd() {
    return end;
  }

  public void setEnd(int end) {
    this.end = end;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFoundBy() {
    return foundBy;
  }

  public void setFoundBy(String foundBy) {
    this.foundBy = foundBy;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EvidenceRow)) {
      return false;
    }
    EvidenceRow r = (EvidenceRow) o;
    return sentence == r.sentence
        && begin == r.begin
        && end == r.end
        && Objects.equals(text, r.text)
        && Objects.equals(foundBy, r.foundBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentence, begin, end, text, foundBy);
  }

  @Override
  public String toString() {
    return "EvidenceRow{"
        + "sentence="
        + sentence
        + ", begin="
        + begin
        + ", end="
        + end
        + ", text="
        + text
        + ", foundBy="
        + foundBy
        + "}";
  }
}
