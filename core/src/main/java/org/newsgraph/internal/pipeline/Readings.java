package org.newsgraph.internal.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * The one place where a reading becomes a relation of a document: every stage that reads relations
 * records them here, under the name of the rule that read them, so that each relation's evidence
 * says which rule found it.
 */
final class Readings {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");

  private Readings() {}

  /**
   * Records a reading of {@code type} from cluster {@code subject} to cluster {@code object} in
   * {@code into} (the document's relations or its implied ones), merged into the relation already
   * found for the same (type, subject, object). Nothing is recorded for an unwanted type, a missing
   * cluster, a relation of a cluster to itself, or clusters whose types the relation type does not
   * accept.
   *
   * @return whether the reading was recorded
   */
  static boolean record(
      WorkingDocument doc,
      Map<RelationKey, Found> into,
      Set<RelationType> wanted,
      String rule,
      RelationType type,
      int subject,
      int object,
      double confidence,
      Modality modality,
      Found.Span span,
      Map<String, String> attributes) {
    checkArgument(!rule.isEmpty(), "a reading must name its rule");
    if (!wanted.contains(type) || subject < 0 || object < 0 || subject == object) {
      return false;
    }
    EntityType st = doc.clusters.get(subject).get(0).type;
    EntityType ot = doc.clusters.get(object).get(0).type;
    if (!type.accepts(st, ot)) {
      return false;
    }
    if (type.equals(RelationType.ON_DATE) && namesOtherDay(doc, subject, object)) {
      return false;
    }
    Found f =
        into.computeIfAbsent(
            new RelationKey(type, subject, object), k -> new Found(confidence, modality));
    f.merge(confidence, modality, span.by(rule), attributes);
    return true;
  }

  /**
   * Whether the event's name holds the day it is on ("the October 15 vote", "the May 2 referendum",
   * as a user's gazetteer may list them) and the date is not that one: such an event has its date,
   * and a date elsewhere in the sentence is when something else happened ("called the October 15
   * vote in June"); only a year may add to it.
   */
  private static boolean namesOtherDay(WorkingDocument doc, int event, int date) {
    for (Cand e : doc.clusters.get(event)) {
      if (e.kind != Cand.Kind.NAME || !hasDay(e)) {
        continue;
      }
      for (Cand d : doc.clusters.get(date)) {
        if (d.sent == e.sent && e.tb <= d.tb && d.te <= e.te
            || d.value != null && YEAR.matcher(d.value).matches()) {
          return false; // the name's own date, or its year: "the September 11 attacks of 2001"
        }
      }
      return true;
    }
    return false;
  }

  /** Whether a mention holds a month and a day: "October 15", "15 October". */
  private static boolean hasDay(Cand c) {
    boolean month = false;
    boolean day = false;
    for (int i = c.tb; i < c.te; i++) {
      Tok t = c.sent.tok(i);
      month |=
          t.isCapitalized() && (DateCues.MONTHS.contains(t.lower()) || t.lower().equals("may"));
      day |= DAY.matcher(t.word()).matches();
    }
    return month && day;
  }
}
