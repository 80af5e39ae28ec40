package org.newsgraph.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.examples.CustomRulesExample.MEETS;
import static org.newsgraph.examples.CustomRulesExample.WEAPON_SYSTEM;
import static org.newsgraph.query.Patterns.person;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.io.DotExporter;
import org.newsgraph.io.GraphMlExporter;
import org.newsgraph.io.JsonExporter;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/** Runs {@link CustomRulesExample} on the real models (issue 7); one extractor for the class. */
class CustomRulesExampleIT {

  private static Document doc;

  @BeforeAll
  static void extract() {
    doc = CustomRulesExample.run(CustomRulesExample.extractor());
  }

  private static Modality meets(String subject, String object) {
    return doc.relations().stream()
        .filter(r -> r.type().equals(MEETS))
        .filter(r -> r.subject().name().equals(subject) && r.object().name().equals(object))
        .map(Relation::modality)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no MEETS " + subject + " -> " + object + " in " + doc.relations()));
  }

  @Test
  void gazetteer_findsWeaponsAndJoinsAliases() {
    assertThat(doc.entities(WEAPON_SYSTEM)).extracting(Entity::name).contains("Patriot", "HIMARS");
    Entity himars =
        doc.entities(WEAPON_SYSTEM).stream()
            .filter(e -> e.name().equals("HIMARS"))
            .findFirst()
            .orElseThrow();
    assertThat(himars.mentions()).extracting(m -> m.text()).contains("HIMARS", "M142 HIMARS");
  }

  @Test
  void rule_readsMeetingsWithModality() {
    assertThat(meets("Anna Berg", "Otto Klein")).isEqualTo(Modality.ASSERTED);
    assertThat(meets("Otto Klein", "Lena Varga")).isEqualTo(Modality.PLANNED);
    assertThat(meets("Lena Varga", "Anna Berg")).isEqualTo(Modality.UNCERTAIN);
    assertThat(meets("Anna Berg", "Paul Roth")).isEqualTo(Modality.NEGATED);
  }

  @Test
  void query_assertedMeetings() {
    assertThat(doc.graph().match(person().via(MEETS, person()).asserted()))
        .extracting(Object::toString)
        .containsExactly("Anna Berg, Otto Klein");
  }

  @Test
  void exports_printCustomTypeNames() {
    assertThat(JsonExporter.toJson(doc))
        .contains("\"MEETS\"", "\"WEAPON_SYSTEM\"", "\"SANCTIONS\"");
    assertThat(GraphMlExporter.toGraphMl(doc)).contains(">MEETS<", ">WEAPON_SYSTEM<");
    assertThat(DotExporter.toDot(doc)).contains("\"MEETS\"", "\"WEAPON_SYSTEM\"");
  }
}
