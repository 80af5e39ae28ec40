package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.query.Patterns.city;
import static org.newsgraph.query.Patterns.country;
import static org.newsgraph.query.Patterns.date;
import static org.newsgraph.query.Patterns.entity;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.person;
import static org.newsgraph.query.Patterns.place;

import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.graph.RelationGraph;
import org.newsgraph.relation.RelationType;

class PatternsTest {

  private final RelationGraph graph = Fixtures.boric().graph();

  @Test
  void match_leaderCountryEvent_returnsOneRow() {
    var rows = graph.match(person().leaderOf(country()).attends(event()));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).toString()).isEqualTo("Gabriel Boric, Chile, G20 summit");
    assertThat(rows.get(0).relations())
        .extracting(r -> r.type())
        .containsExactly(RelationType.LEADER_OF, RelationType.ATTENDS);
  }

  @Test
  void match_nestedSteps_bindDepthFirst() {
    var rows = graph.match(person().attends(event().locatedIn(place())));
    assertThat(rows).singleElement().hasToString("Gabriel Boric, G20 summit, Rio de Janeiro");
  }

  @Test
  void match_named_filtersCaseInsensitivelyOnNameOrMention() {
    assertThat(graph.match(person().leaderOf(country().named("chilean")))).hasSize(1);
    assertThat(graph.match(person().leaderOf(country().named("Peru")))).isEmpty();
  }

  @Test
  void match_missingStep_givesNoRow() {
    assertThat(graph.match(event().onDate(date()))).isEmpty();
    assertThat(graph.match(person().citizenOf(country()))).isEmpty();
  }

  @Test
  void match_genericVia_worksLikeTypedStep() {
    assertThat(graph.match(entity(EntityType.PERSON).via(RelationType.ATTENDS, event())))
        .hasSameElementsAs(graph.match(person().attends(event())));
  }

  @Test
  void toString_printsPatternReadably() {
    assertThat(person().leaderOf(country()).attends(event().named("G20 summit")))
        .hasToString("person -LEADER_OF-> country, person -ATTENDS-> event(\"G20 summit\")");
    assertThat(city()).hasToString("city");
  }

  @Test
  void ofClass_keepsEventsOfTheClassesOnly() {
    assertThat(graph.match(person().attends(event().ofClass(EventClass.MEETING)))).hasSize(1);
    assertThat(
            graph.match(person().attends(event().ofClass(EventClass.CONFLICT, EventClass.VISIT))))
        .isEmpty();
    assertThat(graph.match(event().ofClass(EventClass.MEETING).locatedIn(place())))
        .singleElement()
        .hasToString("G20 summit, Rio de Janeiro");
  }

  @Test
  void ofClass_printsClassesAndKeepsName() {
    assertThat(
            event()
                .ofClass(EventClass.MEETING, EventClass.VISIT)
                .named("G20 summit")
                .onDate(date()))
        .hasToString("event[MEETING, VISIT](\"G20 summit\") -ON_DATE-> date");
    assertThat(event().named("G20 summit").ofClass(EventClass.CONFLICT))
        .hasToString("event[CONFLICT](\"G20 summit\")");
  }

  @Test
  void via_impossibleTypes_throws() {
    assertThatThrownBy(() -> event().via(RelationType.LEADER_OF, country()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "relation LEADER_OF connects [PERSON] -> [COUNTRY, CITY, LOCATION, ORGANIZATION], but the"
                + " pattern asks [EVENT] -> [COUNTRY]");
  }

  @Test
  void patterns_areImmutable() {
    var base = person();
    var extended = base.attends(event());
    assertThat(base).hasToString("person");
    assertThat(extended).isNotSameAs(base);
  }
}
