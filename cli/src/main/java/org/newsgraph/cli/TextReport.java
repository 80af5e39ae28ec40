package org.newsgraph.cli;

import static org.newsgraph.query.Patterns.country;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.person;
import static org.newsgraph.relation.Modality.ASSERTED;
import static org.newsgraph.relation.Modality.PLANNED;
import static org.newsgraph.relation.Modality.UNCERTAIN;

import java.util.Locale;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.query.Match;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/** The readable default output: entities by type, relations with evidence, one sample query. */
final class TextReport {

  private TextReport() {}

  static String render(Document doc) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ")
        .append(doc.id())
        .append(": ")
        .append(doc.sentences().size())
        .append(" sentences, ")
        .append(doc.entities().size())
        .append(" entities, ")
        .append(doc.relations().size())
        .append(" relations\n\n");
    doc.skipReason().ifPresent(r -> sb.append("skipped: ").append(r.description()).append("\n\n"));
    // built-in types first, then user-defined ones from gazetteers (issue 7)
    var types = new java.util.TreeSet<EntityType>(EntityType.builtIn());
    doc.entities().forEach(e -> types.add(e.type()));
    for (EntityType type : types) {
      var es = doc.entities(type);
      if (es.isEmpty()) {
        continue;
      }
      sb.append(type).append('\n');
      for (Entity e : es) {
        sb.append("  ").append(e.name());
        e.code().ifPresent(c -> sb.append(" [").append(c).append(']'));
        e.value().ifPresent(v -> sb.append(" [").append(v).append(']'));
        sb.append("  (");
        boolean first = true;
        for (Mention m : e.mentions()) {
          sb.append(first ? "" : ", ").append('"').append(m.text()).append('"');
          first = false;
        }
        sb.append(")\n");
      }
    }
    sb.append("\nRELATIONS\n");
    for (Relation r : doc.relations()) {
      sb.append("  ")
          .append(r.subject().name())
          .append(" -")
          .append(r.type())
          .append("-> ")
          .append(r.object().name())
          .append(String.format(Locale.ROOT, "  (%.2f", r.confidence()));
      if (r.modality() != org.newsgraph.relation.Modality.ASSERTED) {
        sb.append(", ").append(r.modality().name().toLowerCase(Locale.ROOT));
      }
      r.attributes().forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
      sb.append(")\n");
      for (Evidence ev : r.evidence()) {
        sb.append("      s")
            .append(ev.sentence())
            .append(" [")
            .append(ev.span().begin())
            .append(',')
            .append(ev.span().end())
            .append(") \"")
            .append(ev.text().replace('\n', ' '))
            .append("\"\n");
      }
    }
    sb.append("\nLEADERS, THEIR COUNTRIES, THE EVENTS THEY ATTEND\n");
    // "declined to attend" is a NEGATED relation: not an event the leader attends
    for (Match m :
        doc.graph()
            .match(
                person()
                    .leaderOf(country())
                    .attends(event())
                    .withModality(ASSERTED, PLANNED, UNCERTAIN))) {
      sb.append("  ").append(m).append('\n');
    }
    return sb.toString();
  }
}
