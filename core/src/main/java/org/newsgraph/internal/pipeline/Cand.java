package org.newsgraph.internal.pipeline;

import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;

/**
 * A mention found during one extraction (scratch state of one {@code extract} call): a token range
 * of one sentence, its type and, once clustered, the entity it belongs to.
 */
final class Cand {

  enum Kind {
    /** A proper name: "Kassym-Jomart Tokayev", "Russia", "Victory Day parade". */
    NAME,
    /** A country's demonym or adjective: "Kazakh". */
    DEMONYM,
    /** A common noun phrase that refers back: "the parade". */
    NOMINAL,
    /** A personal pronoun: "he", "his". */
    PRONOUN,
    /**
     * A common-noun event ("the summit", "next week's trade meeting", "talks"): the event named or
     * mentioned before whose cue it fits, else an event of its own (issue 17).
     */
    COMMON
  }

  final Sent sent;
  final int tb;
  final int te;
  final EntityType type;
  final Kind kind;
  @Nullable String code;

  /**
   * For a city that is a national capital, its country's ISO code: "Moscow" stands for Russia as an
   * actor.
   */
  @Nullable String capitalOf;

  @Nullable String canonical;
  @Nullable String value;
  @Nullable EventClass eventClass;

  /** For an event mention, what tells its event from others of the same kind (issue 17). */
  @Nullable EventCue cue;

  /** Index of the entity cluster, or -1 before clustering (and for unresolved mentions). */
  int entity = -1;

  /** Characters of the last token that are not the mention's: the stop in "World War I." */
  int trimEnd;

  Cand(Sent sent, int tb, int te, EntityType type, Kind kind) {
    this.sent = sent;
    this.tb = tb;
    this.te = te;
    this.type = type;
    this.kind = kind;
  }

  int begin() {
    return sent.tok(tb).begin();
  }

  int end() {
    return sent.tok(te - 1).end() - trimEnd;
  }

  /** The last token, the head of most English noun phrases. */
  int head() {
    return te - 1;
  }

  boolean covers(int token) {
    return tb <= token && token < te;
  }

  boolean overlaps(int b, int e) {
    return tb < e && b < te;
  }

  String text(String doc) {
    return doc.substring(begin(), end());
  }

  @Override
  public String toString() {
    return type + "/" + kind + "[" + sent.index + ":" + tb + "-" + te + "]";
  }
}
