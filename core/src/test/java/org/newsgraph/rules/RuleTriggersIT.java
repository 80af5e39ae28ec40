package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.PERSON;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * User rules of each trigger on the real models, beside the built-in rules (issue 7): a title rule
 * for a role NewsGraph does not know as a relation, and noun rules. Sentences written for this
 * test.
 */
class RuleTriggersIT {

  private static final RelationType MAYOR_OF =
      RelationType.custom("MAYOR_OF", Set.of(PERSON), Set.of(CITY));
  private static final RelationType MEETS =
      RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    // CoreNLP caches its annotators by their settings: this loads no model the shared extractor has
    // loaded
    extractor =
        Extractor.builder()
            .rule(RelationRule.title("mayor", "lord mayor").gives(MAYOR_OF))
            .rule(RelationRule.noun("meeting", "talk").objectVia("nmod:with").gives(MEETS))
            .rule(RelationRule.verb("meet").gives(MEETS))
            .build();
  }

  private static List<String> relations(Document doc, RelationType type) {
    return doc.relations().stream()
        .filter(r -> r.type().equals(type))
        .map(r -> r.subject().name() + " > " + r.object().name() + " " + r.modality())
        .toList();
  }

  @Test
  void titleRule_readsTheBuiltInTitleConstructions() {
    Document doc =
        extractor.extract(
            "London Mayor Sadiq Khan opened the festival. Anne Hidalgo, the mayor of Paris, welcomed"
                + " the athletes.");
    assertThat(relations(doc, MAYOR_OF))
        .containsExactlyInAnyOrder("Sadiq Khan > London ASSERTED", "Anne Hidalgo > Paris ASSERTED");
    // the built-in LEADER_OF reads a mayor as the city's leader too, and as no country's
    assertThat(relations(doc, RelationType.LEADER_OF))
        .containsExactlyInAnyOrder("Sadiq Khan > London ASSERTED", "Anne Hidalgo > Paris ASSERTED");
  }

  @Test
  void titleRule_formerTitle_carriesTime() {
    Document doc = extractor.extract("Former Berlin Mayor Klaus Wowereit spoke at the opening.");
    assertThat(doc.relations())
        .filteredOn(r -> r.type().equals(MAYOR_OF))
        .singleElement()
        .satisfies(r -> assertThat(r.attributes()).containsEntry("time", "FORMER"));
  }

  @Test
  void nounRule_ownerOrGoverningSubject_withObject() {
    Document doc =
        extractor.extract(
            "Emmanuel Macron's meeting with Olaf Scholz lasted three hours. Giorgia Meloni will hold"
                + " talks with Pedro Sanchez in Rome.");
    assertThat(relations(doc, MEETS))
        .containsExactlyInAnyOrder(
            "Emmanuel Macron > Olaf Scholz ASSERTED", "Giorgia Meloni > Pedro Sanchez PLANNED");
  }

  @Test
  void builtInRules_stillRunBesideTheUsersRules() {
    Document doc =
        extractor.extract("Chilean President Gabriel Boric met Anne Hidalgo in Santiago.");
    assertThat(relations(doc, RelationType.LEADER_OF))
        .containsExactly("Gabriel Boric > Chile ASSERTED");
    assertThat(relations(doc, MEETS)).containsExactly("Gabriel Boric > Anne Hidalgo ASSERTED");
    assertThat(doc.relations())
        .allSatisfy(r -> assertThat(r.modality()).isEqualTo(Modality.ASSERTED));
  }
}
