package org.newsgraph.internal.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The scratch state of one extraction; created per call, never shared between threads. */
final class WorkingDocument {

  final String id;
  final String text;
  List<Sent> sentences = List.of();
  final List<Cand> cands = new ArrayList<>();

  /** Entity clusters: each a list of mentions, in order of first mention. */
  final List<List<Cand>> clusters = new ArrayList<>();

  /** Found relations, keyed by (type, subject cluster, object cluster). */
  final Map<RelationKey, Found> relations = new LinkedHashMap<>();

  /**
   * Readings a name implies but the document does not state as relations ("1936 Berlin Olympics" in
   * Berlin, for an event named once): premises for inferences, never output.
   */
  final Map<RelationKey, Found> implied = new LinkedHashMap<>();

  /** The per-document limits and the clock they run on (issue 6). */
  Limits limits = Limits.NONE;

  Deadline deadline = Limits.NONE.start("document");

  /** The publication date the caller gave, or null. */
  @Nullable LocalDate published;

  /** The dateline at the head of the text, or null; set by the annotate stage. */
  @Nullable Dateline dateline;

  /**
   * The day relative dates are read from ({@link Dateline#documentDate}), or null when neither the
   * caller nor a dateline gives one; set by the annotate stage.
   */
  @Nullable LocalDate date;

  /** Parses the sentences given to it; set by the annotate stage when relations are wanted. */
  @Nullable DeferredParse parser;

  WorkingDocument(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /** The mentions that belong to an entity, by sentence. */
  Map<Sent, List<Cand>> resolvedBySentence() {
    Map<Sent, List<Cand>> bySentence = new java.util.HashMap<>();
    for (Cand c : cands) {
      if (c.entity >= 0) {
        bySentence.computeIfAbsent(c.sent, k -> new ArrayList<>()).add(c);
      }
    }
    return bySentence;
  }

  /**
   * Whether an event is named more than once (by name or by a noun that refers back): a place or
   * year inside the name of an event named once is part of the name, not a statement about it.
   */
  boolean namedAgain(int event) {
    int names = 0;
    for (Cand c : clusters.get(event)) {
      if (c.kind == Cand.Kind.NAME || c.kind == Cand.Kind.NOMINAL || c.kind == Cand.Kind.COMMON) {
        names++; // "the parade" after the Victory Day parade names it again
      }
    }
    return names > 1;
  }

  List<Cand> candsIn(Sent s) {
    List<Cand> r = new ArrayList<>();
    for (Cand c : cands) {
      if (c.sent == s) {
        r.add(c);
      }
    }
    return r;
  }
}
