package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/** Checks what every document must satisfy, whatever produced it. */
public final class DocumentInvariants {

  private DocumentInvariants() {}

  public static void check(Document doc) {
    String text = doc.text();
    Set<String> ids = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      assertThat(text.substring(s.span().begin(), s.span().end())).isEqualTo(s.text());
    }
    for (Entity e : doc.entities()) {
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
      for (Mention m : e.mentions()) {
        assertThat(m.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
        assertThat(m.sentence()).isLessThan(Math.max(1, doc.sentences().size()));
      }
    }
    Set<String> keys = new HashSet<>();
    for (Relation r : doc.relations()) {
      assertThat(r.type().accepts(r.subject().type(), r.object().type())).isTrue();
      assertThat(doc.entities()).contains(r.subject(), r.object());
      assertThat(r.confidence()).isBetween(0.0, 1.0);
      assertThat(keys.add(r.type() + "|" + r.subject().id() + "|" + r.object().id()))
          .as("duplicate relation %s", r).isTrue();
      for (Evidence ev : r.evidence()) {
        assertThat(text.substring(ev.span().begin(), ev.span().end())).isEqualTo(ev.text());
      }
    }
  }
}
