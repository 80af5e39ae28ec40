package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * Checks what every {@link Document} must satisfy, whatever the text: spans inside the text and
 * equal to their text, sentences in order, relation endpoints of accepted types, one relation per
 * (type, subject, object), confidence in [0, 1].
 */
public final class DocumentInvariants {

  private DocumentInvariants() {}

  /** Asserts every invariant of the document, naming the document text in failures. */
  public static void check(Document doc) {
    String text = doc.text();
    String where = "document '" + doc.id() + "' with text <" + abbreviate(text) + ">";
    int previousEnd = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      assertThat(s.index()).as("sentence index in %s", where).isEqualTo(i);
      assertThat(s.span().begin())
          .as("sentence %s begin in %s", i, where)
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.span().end())
          .as("sentence %s end in %s", i, where)
          .isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.span().begin(), s.span().end()))
          .as("sentence %s text in %s", i, where)
          .isEqualTo(s.text());
      previousEnd = s.span().end();
    }
    Set<String> ids = new HashSet<>();
    for (Entity e : doc.entities()) {
      assertThat(ids.add(e.id())).as("entity id %s unique in %s", e.id(), where).isTrue();
      assertThat(e.mentions()).as("mentions of %s in %s", e, where).isNotEmpty();
      for (Mention m : e.mentions()) {
        assertThat(m.begin()).as("mention %s of %s in %s", m, e, where).isBetween(0, text.length());
        assertThat(m.end())
            .as("mention %s of %s in %s", m, e, where)
            .isBetween(m.begin() + 1, text.length());
        assertThat(text.substring(m.begin(), m.end()))
            .as("mention text of %s in %s", e, where)
            .isEqualTo(m.text());
        assertThat(m.sentence())
            .as("mention sentence of %s in %s", e, where)
            .isBetween(0, doc.sentences().size() - 1);
        Sentence s = doc.sentences().get(m.sentence());
        assertThat(s.span().encloses(m.span()))
            .as("sentence %s encloses mention %s of %s in %s", s, m, e, where)
            .isTrue();
      }
    }
    Set<String> edges = new HashSet<>();
    for (Relation r : doc.relations()) {
      assertThat(r.type().accepts(r.subject().type(), r.object().type()))
          .as("%s accepts its endpoint types in %s", r, where)
          .isTrue();
      assertThat(doc.entities())
          .as("endpoints of %s in %s", r, where)
          .contains(r.subject(), r.object());
      assertThat(edges.add(r.type() + " " + r.subject().id() + " " + r.object().id()))
          .as("one relation per (type, subject, object): %s in %s", r, where)
          .isTrue();
      assertThat(r.confidence()).as("confidence of %s in %s", r, where).isBetween(0.0, 1.0);
      assertThat(r.evidence()).as("evidence of %s in %s", r, where).isNotEmpty();
      for (Evidence ev : r.evidence()) {
        assertThat(ev.span().end())
            .as("evidence of %s in %s", r, where)
            .isLessThanOrEqualTo(text.length());
        assertThat(text.substring(ev.span().begin(), ev.span().end()))
            .as("evidence text of %s in %s", r, where)
            .isEqualTo(ev.text());
        assertThat(ev.sentence())
            .as("evidence sentence of %s in %s", r, where)
            .isBetween(0, doc.sentences().size() - 1);
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
