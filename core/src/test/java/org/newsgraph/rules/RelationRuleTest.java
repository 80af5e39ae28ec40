package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.LOCATION;
import static org.newsgraph.entity.EntityType.ORGANIZATION;
import static org.newsgraph.entity.EntityType.PERSON;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.relation.RelationType;

class RelationRuleTest {

  private static final RelationType MEETS =
      RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));

  @Test
  void verb_buildsTypedRule() {
    RelationRule r = RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(MEETS);
    assertThat(r.words()).containsExactly("meet");
    assertThat(r.objectRelations()).containsExactly("obj", "obl:with");
    assertThat(r).hasToString("verb meet (PERSON -> PERSON) gives MEETS");
  }

  @Test
  void name_defaultsToTypeSubjectsTriggerAndFirstWord() {
    assertThat(RelationRule.verb("meet", "greet").gives(MEETS).name())
        .isEqualTo("meets-person-verb-meet");
    assertThat(RelationRule.title("prime minister").gives(RelationType.LEADER_OF).name())
        .isEqualTo("leader-of-person-title-prime-minister");
    assertThat(RelationRule.verb("meet").named("meeting-in-person").gives(MEETS).name())
        .isEqualTo("meeting-in-person");
  }

  @Test
  void named_badNameOrTwice_throws() {
    assertThatThrownBy(() -> RelationRule.verb("meet").named("Meets Verb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rule name is lower-case letters, digits and hyphens, starting with a letter, such as"
                + " 'meets-verb-meet', but was 'Meets Verb'");
    assertThatThrownBy(() -> RelationRule.verb("meet").named("a").named("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rule was already named 'a'");
  }

  @Test
  void fromString_sameDefaultNameTwice_numbersTheSecond() {
    List<RelationRule> rules =
        RelationRule.fromString(
            "rules.txt",
            "MEETS(PERSON, PERSON): verb meet\nMEETS(PERSON, PERSON): verb meet via obl:with\n");
    assertThat(rules)
        .extracting(RelationRule::name)
        .containsExactly("meets-person-verb-meet", "meets-person-verb-meet-2");
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
        .hasMessage(
            "a verb lemma is lower-case letters and hyphens, such as 'meet', optionally followed by"
                + " one fixed word, such as 'take part', but was 'Meet'");
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
    assertThat(rules.get(1).words()).containsExactly("sanction", "blacklist");
    assertThat(rules.get(2).objectTypes()).containsExactly(COUNTRY, CITY);
    assertThat(rules.get(2).objectRelations()).containsExactly("obj", "obl:to");
    assertThat(rules.get(3).type()).isSameAs(RelationType.ATTENDS);
    assertThat(rules.get(2).origin()).isEqualTo("rules.txt line 5 (VISITS)");
  }

  @Test
  void fromString_missingColon_reportsNameLineAndColumn() {
    assertThatThrownBy(
            () -> RelationRule.fromString("rules.txt", "\nMEETS(PERSON, PERSON) verb meet\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file rules.txt line 2 column 23 (rule MEETS): expected ':', but found 'v'");
  }

  @Test
  void fromString_badKeyword_reportsColumn() {
    assertThatThrownBy(
            () -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): adjective meeting"))
        .hasMessage(
            "rules file r line 1 column 24 (rule MEETS): expected 'verb', 'noun' or 'title', but found"
                + " 'adjective'");
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
                + " [PERSON, COUNTRY, ORGANIZATION] -> [EVENT], but the rule declares [PERSON] -> [CITY]");
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
    assertThatThrownBy(
            () -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): verb meet via nsubj"))
        .hasMessage(
            "rules file r line 1 column 24 (rule MEETS): rule 'r line 1 (MEETS)': 'nsubj' is not"
                + " an object relation; use obj, iobj, or obl:PREPOSITION such as obl:with (nmod:PREPOSITION"
                + " or compound for a noun)");
  }

  @Test
  void fromString_trailingText_throws() {
    assertThatThrownBy(
            () -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): verb meet via obj now"))
        .hasMessage(
            "rules file r line 1 column 42 (rule MEETS): expected 'via', 'implied', 'confidence' or"
                + " the end of the line, but found 'now'");
  }

  @Test
  void nounAndTitle_buildTypedRules() {
    RelationRule talks = RelationRule.noun("meeting", "talks").objectVia("nmod:with").gives(MEETS);
    assertThat(talks.trigger()).isEqualTo(RelationRule.Trigger.NOUN);
    assertThat(talks)
        .hasToString("noun meeting, talks (PERSON -> PERSON via nmod:with) gives MEETS");

    RelationType mayorOf = RelationType.custom("MAYOR_OF", Set.of(PERSON), Set.of(CITY));
    RelationRule mayor = RelationRule.title("mayor", "lord mayor").confidence(0.8).gives(mayorOf);
    assertThat(mayor.subjectTypes()).containsExactly(PERSON);
    assertThat(mayor.objectRelations()).isEmpty();
    assertThat(mayor.confidence()).isEqualTo(0.8);
    assertThat(mayor)
        .hasToString("title mayor, lord mayor (PERSON -> CITY, confidence 0.8) gives MAYOR_OF");
  }

  @Test
  void title_subjectNotPerson_throws() {
    RelationType hosts = RelationType.custom("HOSTS", Set.of(COUNTRY), Set.of(CITY));
    assertThatThrownBy(() -> RelationRule.title("capital").gives(hosts))
        .hasMessage(
            "rule 'title capital (PERSON -> CITY) gives HOSTS': HOSTS takes subjects [COUNTRY], but"
                + " the rule's subject may be PERSON; declare HOSTS with that subject type, or narrow"
                + " the rule");
    assertThatThrownBy(() -> RelationRule.title("mayor").objectVia("obj"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a title rule finds its object through the title; remove objectVia(...)");
  }

  @Test
  void confidence_outOfRange_throws() {
    assertThatThrownBy(() -> RelationRule.verb("meet").confidence(1.5))
        .hasMessage("confidence must be in (0, 1], but was 1.5");
    assertThatThrownBy(
            () -> RelationRule.fromString("r", "MEETS(PERSON, PERSON): verb meet confidence 2"))
        .hasMessage(
            "rules file r line 1 column 45 (rule MEETS): 'confidence' needs a number in (0, 1], such as"
                + " 0.8, but found '2'");
  }

  @Test
  void fromString_readsNounTitleAndOptions() {
    List<RelationRule> rules =
        RelationRule.fromString(
            "rules.txt",
            "MEETS(PERSON, PERSON): noun meeting, talks via nmod:with implied confidence 0.6\n"
                + "MAYOR_OF(PERSON, CITY): title mayor, lord mayor\n"
                + "ATTENDS(PERSON, EVENT): verb take part via obl:in\n");
    assertThat(rules.get(0).trigger()).isEqualTo(RelationRule.Trigger.NOUN);
    assertThat(rules.get(0).words()).containsExactly("meeting", "talks");
    assertThat(rules.get(0).impliedObject()).isTrue();
    assertThat(rules.get(0).confidence()).isEqualTo(0.6);
    assertThat(rules.get(1).words()).containsExactly("mayor", "lord mayor");
    assertThat(rules.get(1).objectRelations()).isEmpty();
    assertThat(rules.get(2).words()).containsExactly("take part");
  }

  @Test
  void fromString_titleWithVia_throws() {
    assertThatThrownBy(
            () -> RelationRule.fromString("r", "MAYOR_OF(PERSON, CITY): title mayor via obj"))
        .hasMessage(
            "rules file r line 1 column 25 (rule MAYOR_OF): rule 'r line 1 (MAYOR_OF)': a title rule"
                + " finds its object through the title ('president of X'), not through object"
                + " relations; remove [obj]");
  }

  @Test
  void builtIn_giveLeaderOfByTitleAttendsByVerbsAndNounsAndCitizenOfByRepresenting() {
    List<RelationRule> builtIn = RelationRule.builtIn();
    assertThat(builtIn)
        .filteredOn(r -> r.type().equals(RelationType.LEADER_OF))
        .allSatisfy(r -> assertThat(r.trigger()).isEqualTo(RelationRule.Trigger.TITLE))
        .hasSize(2);
    // a country's head of state or government; a city's or region's head of government
    assertThat(builtIn)
        .filteredOn(
            r -> r.type().equals(RelationType.LEADER_OF) && r.objectTypes().equals(Set.of(COUNTRY)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.words()).contains("president", "prime minister", "emir", "chancellor");
              assertThat(r.words()).doesNotContain("foreign minister", "mayor");
            });
    assertThat(builtIn)
        .filteredOn(
            r ->
                r.type().equals(RelationType.LEADER_OF)
                    && r.objectTypes().equals(Set.of(CITY, LOCATION)))
        .singleElement()
        .satisfies(
            r -> assertThat(r.words()).contains("mayor", "governor").doesNotContain("president"));
    assertThat(builtIn)
        .filteredOn(r -> r.type().equals(RelationType.ATTENDS))
        .extracting(RelationRule::trigger)
        .contains(RelationRule.Trigger.VERB, RelationRule.Trigger.NOUN);
    assertThat(builtIn)
        .filteredOn(r -> r.type().equals(RelationType.CITIZEN_OF))
        .flatExtracting(RelationRule::words)
        .containsExactlyInAnyOrder("represent", "grow up");
    assertThat(builtIn)
        .extracting(RelationRule::type)
        .containsOnly(RelationType.LEADER_OF, RelationType.ATTENDS, RelationType.CITIZEN_OF);
    assertThat(RelationRule.builtIn()).isSameAs(builtIn);
  }
}
