package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.query.Patterns.country;
import static org.newsgraph.query.Patterns.entity;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.person;
import static org.newsgraph.relation.Modality.ASSERTED;
import static org.newsgraph.relation.Modality.NEGATED;
import static org.newsgraph.relation.Modality.PLANNED;
import static org.newsgraph.relation.Modality.REPORTED;
import static org.newsgraph.relation.Modality.UNCERTAIN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.graph.RelationGraph;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/** Modality and time filters of the DSL (issue 7), on a hand-built document. */
class ModalityPatternsTest {

  private static final String TEXT =
      "Ana attended the summit. Ben will attend it. Cleo may attend it. Dan did not attend it."
          + " Former President Ana and President Ben lead Ruritania.";

  private static Entity make(String id, EntityType type, String surface) {
    int b = TEXT.indexOf(surface);
    return Entity.builder(id, type, surface)
        .mention(new Mention(surface, new TextSpan(b, b + surface.length()), 0))
        .build();
  }

  private static Relation relation(
      RelationType type, Entity s, Entity o, Modality m, Map<String, String> attributes) {
    return new Relation(
        type,
        s,
        o,
        0.9,
        m,
        attributes,
        List.of(new Evidence(0, new TextSpan(0, 3), "Ana", "hand-written")));
  }

  private static final Entity ANA = make("e1", EntityType.PERSON, "Ana");
  private static final Entity BEN = make("e2", EntityType.PERSON, "Ben");
  private static final Entity CLEO = make("e3", EntityType.PERSON, "Cleo");
  private static final Entity DAN = make("e4", EntityType.PERSON, "Dan");
  private static final Entity SUMMIT = make("e5", EntityType.EVENT, "summit");
  private static final Entity RURITANIA = make("e6", EntityType.COUNTRY, "Ruritania");

  private final RelationGraph graph =
      Document.of(
              "modality",
              TEXT,
              List.of(new Sentence(0, new TextSpan(0, TEXT.length()), TEXT)),
              List.of(ANA, BEN, CLEO, DAN, SUMMIT, RURITANIA),
              List.of(
                  relation(RelationType.ATTENDS, ANA, SUMMIT, ASSERTED, Map.of()),
                  relation(RelationType.ATTENDS, BEN, SUMMIT, PLANNED, Map.of()),
                  relation(RelationType.ATTENDS, CLEO, SUMMIT, UNCERTAIN, Map.of()),
                  relation(RelationType.ATTENDS, DAN, SUMMIT, NEGATED, Map.of()),
                  relation(
                      RelationType.LEADER_OF,
                      ANA,
                      RURITANIA,
                      ASSERTED,
                      Map.of("title", "President", "time", "FORMER")),
                  relation(
                      RelationType.LEADER_OF,
                      BEN,
                      RURITANIA,
                      ASSERTED,
                      Map.of("title", "President")),
                  relation(
                      RelationType.LEADER_OF,
                      CLEO,
                      RURITANIA,
                      ASSERTED,
                      Map.of("title", "Prime Minister", "time", "ACTING")),
                  relation(
                      RelationType.LEADER_OF,
                      DAN,
                      RURITANIA,
                      ASSERTED,
                      Map.of("title", "Prime Minister", "time", "OUTGOING"))))
          .graph();

  private List<String> people(EntityPattern<?> pattern) {
    return graph.match(pattern).stream().map(m -> m.entities().get(0).name()).toList();
  }

  @Test
  void match_withoutFilter_leavesOutNegatedRelations() {
    assertThat(people(person().attends(event()))).containsExactlyInAnyOrder("Ana", "Ben", "Cleo");
  }

  @Test
  void match_leaderWhoDidNotAttend_isNotALeaderWhoAttended() {
    // issue 19: a leader who did not attend was returned by leaderOf(country()).attends(event())
    Entity kim = make("e7", EntityType.PERSON, "Dan");
    Entity summit = make("e8", EntityType.EVENT, "summit");
    Entity ruritania = make("e9", EntityType.COUNTRY, "Ruritania");
    RelationGraph g =
        Document.of(
                "negated",
                TEXT,
                List.of(new Sentence(0, new TextSpan(0, TEXT.length()), TEXT)),
                List.of(kim, summit, ruritania),
                List.of(
                    relation(RelationType.LEADER_OF, kim, ruritania, ASSERTED, Map.of()),
                    relation(RelationType.ATTENDS, kim, summit, NEGATED, Map.of())))
            .graph();
    assertThat(g.match(person().leaderOf(country()).attends(event()))).isEmpty();
    assertThat(g.match(person().leaderOf(country()).attends(event()).negated()))
        .extracting(Match::toString)
        .containsExactly("Dan, Ruritania, summit [ATTENDS NEGATED]");
  }

  @Test
  void match_negated_keepsDeniedRelationsOnly() {
    assertThat(people(person().attends(event()).negated())).containsExactly("Dan");
  }

  @Test
  void match_anyModality_keepsEveryModality() {
    assertThat(people(person().attends(event()).anyModality()))
        .containsExactlyInAnyOrder("Ana", "Ben", "Cleo", "Dan");
  }

  @Test
  void match_reportedRelation_matchesByDefault() {
    Entity eve = make("e7", EntityType.PERSON, "Ana");
    RelationGraph g =
        Document.of(
                "reported",
                TEXT,
                List.of(new Sentence(0, new TextSpan(0, TEXT.length()), TEXT)),
                List.of(eve, SUMMIT),
                List.of(relation(RelationType.ATTENDS, eve, SUMMIT, REPORTED, Map.of())))
            .graph();
    assertThat(g.match(person().attends(event())))
        .extracting(Match::toString)
        .containsExactly("Ana, summit [ATTENDS REPORTED]");
    assertThat(g.match(person().attends(event()).asserted())).isEmpty();
  }

  @Test
  void matchToString_showsModalitiesOtherThanAsserted() {
    assertThat(graph.match(person().attends(event()).anyModality()))
        .extracting(Match::toString)
        .containsExactlyInAnyOrder(
            "Ana, summit",
            "Ben, summit [ATTENDS PLANNED]",
            "Cleo, summit [ATTENDS UNCERTAIN]",
            "Dan, summit [ATTENDS NEGATED]");
  }

  @Test
  void match_asserted_keepsFactsOnly() {
    assertThat(people(person().attends(event()).asserted())).containsExactly("Ana");
  }

  @Test
  void match_withModality_keepsTheGivenModalities() {
    assertThat(people(person().attends(event()).withModality(PLANNED, UNCERTAIN)))
        .containsExactlyInAnyOrder("Ben", "Cleo");
    assertThat(people(person().attends(event()).withModality(NEGATED))).containsExactly("Dan");
  }

  @Test
  void match_currentLeaderOf_keepsCurrentTenureOnly() {
    // Ana is a former leader, Cleo an acting one, Dan an outgoing one: only Ben leads now
    assertThat(people(person().leaderOf(country())))
        .containsExactlyInAnyOrder("Ana", "Ben", "Cleo", "Dan");
    assertThat(people(person().currentLeaderOf(country()))).containsExactly("Ben");
    assertThat(people(person().leaderOf(country()).current())).containsExactly("Ben");
  }

  @Test
  void match_filterAppliesToTheLastStepOnly() {
    // Ana leads only formerly, but attended: the asserted filter is on ATTENDS, current on
    // LEADER_OF
    assertThat(people(person().leaderOf(country()).attends(event()).asserted()))
        .containsExactly("Ana");
    assertThat(people(person().currentLeaderOf(country()).attends(event()).asserted())).isEmpty();
    assertThat(people(person().currentLeaderOf(country()).attends(event()))).containsExactly("Ben");
  }

  @Test
  void match_genericVia_takesFiltersToo() {
    assertThat(people(entity(EntityType.PERSON).via(RelationType.ATTENDS, event()).asserted()))
        .containsExactly("Ana");
  }

  @Test
  void toString_printsFiltersInBrackets() {
    assertThat(person().attends(event()).asserted())
        .hasToString("person -ATTENDS[ASSERTED]-> event");
    assertThat(person().currentLeaderOf(country()).attends(event()).withModality(PLANNED, NEGATED))
        .hasToString(
            "person -LEADER_OF[current]-> country, person -ATTENDS[PLANNED, NEGATED]-> event");
    assertThat(person().attends(event()).anyModality())
        .hasToString("person -ATTENDS[any modality]-> event");
    assertThat(person().attends(event()).negated()).hasToString("person -ATTENDS[NEGATED]-> event");
  }

  @Test
  void asserted_withoutStep_throws() {
    assertThatThrownBy(() -> person().asserted())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "withModality(...) filters the last relation step, but pattern 'person' has none; call"
                + " it after a step such as attends(event())");
  }

  @Test
  void anyModality_withoutStep_throws() {
    assertThatThrownBy(() -> person().anyModality())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "anyModality() filters the last relation step, but pattern 'person' has none; call"
                + " it after a step such as attends(event())");
  }

  @Test
  void anyModality_afterNegated_throws() {
    assertThatThrownBy(() -> person().attends(event()).negated().anyModality())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the step ATTENDS already keeps only [NEGATED]; give all modalities in one"
                + " withModality(...) call");
  }

  @Test
  void withModality_twice_throws() {
    assertThatThrownBy(() -> person().attends(event()).asserted().withModality(PLANNED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the step ATTENDS already keeps only [ASSERTED]; give all modalities in one"
                + " withModality(...) call");
  }
}
