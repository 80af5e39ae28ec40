package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.ORGANIZATION;
import static org.newsgraph.entity.EntityType.PERSON;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.relation.RelationType;

class RelationRuleTest {

  private static final RelationType MEETS = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));

  @Test
  void verb_buildsTypedRule() {
    RelationRule r = RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(MEETS);
    assertThat(r.verbs()).containsExactly("meet");
    assertThat(r.objectRelations()).containsExactly("obj", "obl:with");
    assertThat(r).hasToString("verb meet (PERSON -> PERSON) gives MEETS");
  }

  @Test
  void verb_defaultsToTheRelationTypesEntityTypes() {
    RelationRule r = RelationRule.verb("greet", "welcome").objectVia("obj").gives(MEETS);
    assertThat(r.subjectTypes()).containsExactly(PERSON);
    assertThat(r).hasToString("verb greet, welcome (PERSON -> PERSON via obj) gives MEETS");
  }

  @Test
  void gives_subjectTheTypeDoesNotAccept_throws() {
    assertThatThrownBy(() -> RelationRule.verb("meet").subject(COUNTRY).gives(MEETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule 'verb meet (COUNTRY -> PERSON) gives MEETS': MEETS takes subjects [PERSON],"
                + " but the rule's subject may be COUNTRY; declare MEETS with that subject type, or"
                + " narrow the rule");
  }

  @Test
  void verb_badLemma_throws() {
    assertThatThrownBy(() -> RelationRule.verb("Meet"))
        .hasMessage("a verb lemma is lower-case letters and hyphens, such as 'meet', but was 'Meet'");
  }

  @Test
  void fromString_readsRules() {
    List<RelationRule> rules =
        RelationRule.fromString(
            "rules.txt",
            "# my rules\n"
                + "MEETS(PERSON, PERSON): verb meet\n"
                + "SANCTIONS(COUNTRY|ORGANIZATION, COUNTRY): verb sanction, blacklist  # trade\n"
                + "\n"
                + "VISITS(PERSON, COUNTRY|CITY): verb visit, travel via obj, obl:to\n"
                + "ATTENDS(PERSON, EVENT): verb join\n");
    assertThat(rules).hasSize(4);
    assertThat(rules.get(0).type()).isEqualTo(MEETS);
    assertThat(rules.get(1).subjectTypes()).containsExactly(COUNTRY, ORGANIZATION);
    assertThat(rules.get(1).verbs()).containsExactly("sanction", "blacklist");
    assertThat(rules.get(2).objectTypes()).containsExactly(COUNTRY, CITY);
    assertThat(rules.get(2).objectRelations()).containsExactly("obj", "obl:to");
    assertThat(rules.get(3).type()).isSameAs(RelationType.ATTENDS);
    assertThat(rules.get(2).origin()).isEqualTo("rules.txt line 5 (VISITS)");
  }

  @Test
  void fromString_missingColon_reportsNameLineAndColumn() {
    assertThatThrownBy(() -> RelationRule.fromString("rules.txt", "\nMEETS(PERSON, PERSON) verb meet\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules file rules.txt line 2 column 23 (rule MEETS): expected ':', but found 'v'");
  }

  @Test
  void fromString_badKeyword_reportsColumn() {
    assertThatThrownBy(() -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): noun meeting"))
        .hasMessage("rules file r line 1 column 24 (rule MEETS): expected 'verb', but found 'noun'");
  }

  @Test
  void fromString_badEntityType_reportsColumn() {
    assertThatThrownBy(() -> RelationRule.fromString("r", "MEETS(PERSON, person): verb meet"))
        .hasMessage(
            "rules file r line 1 column 15 (rule MEETS): entity type name must match"
                + " [A-Z][A-Z0-9_]*, but was 'person'");
  }

  @Test
  void fromString_builtInWithWrongTypes_throws() {
    assertThatThrownBy(() -> RelationRule.fromString("r", "ATTENDS(PERSON, CITY): verb visit"))
        .hasMessage(
            "rules file r line 1 column 1 (rule ATTENDS): built-in relation type ATTENDS connects"
                + " [PERSON, COUNTRY] -> [EVENT], but the rule declares [PERSON] -> [CITY]");
  }

  @Test
  void fromString_sameTypeDeclaredTwoWays_throws() {
    assertThatThrownBy(
            () ->
                RelationRule.fromString(
                    "r", "MEETS(PERSON, PERSON): verb meet\nMEETS(PERSON, COUNTRY): verb visit\n"))
        .hasMessage(
            "rules file r line 2 column 1 (rule MEETS): relation type MEETS was declared [PERSON]"
                + " -> [PERSON] on line 1; declare the same types on every line");
  }

  @Test
  void fromString_badObjectRelation_throws() {
    assertThatThrownBy(() -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): verb meet via nsubj"))
        .hasMessage(
            "rules file r line 1 column 24 (rule MEETS): rule 'r line 1 (MEETS)': 'nsubj' is not"
                + " an object relation; use obj, iobj, or obl:PREPOSITION such as obl:with");
  }

  @Test
  void fromString_trailingText_throws() {
    assertThatThrownBy(() -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): verb meet, greet now"))
        .hasMessage("rules file r line 1 column 41 (rule MEETS): expected 'via' or the end of the line, but found 'now'");
  }
}
