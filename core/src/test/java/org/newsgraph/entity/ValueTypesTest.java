package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;
import org.newsgraph.relation.Tenure;

class ValueTypesTest {

  @Test
  void textSpan_emptyOrNegative_throws() {
    assertThatThrownBy(() -> new TextSpan(3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span must satisfy 0 <= begin < end, but was [3, 3)");
    assertThatThrownBy(() -> new TextSpan(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mention_textLengthMustMatchSpan() {
    assertThatThrownBy(() -> new Mention("Chile", new TextSpan(0, 3), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mention text 'Chile' has 5 characters but its span [0, 3) has 3");
  }

  @Test
  void evidence_blankFoundBy_throws() {
    assertThatThrownBy(() -> new Evidence(0, new TextSpan(0, 3), "Chi", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("foundBy must name the rule that read the relation, but was blank");
  }

  @Test
  void entity_withoutMention_throws() {
    assertThatThrownBy(() -> Entity.builder("e1", EntityType.PERSON, "X").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entity e1 (X) has no mention");
  }

  @Test
  void entity_badCountryCode_throws() {
    assertThatThrownBy(() -> Entity.builder("e1", EntityType.COUNTRY, "Chile").code("chl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country code must be two upper-case letters, but was 'chl'");
  }

  @Test
  void entity_eventClassOnOtherType_throws() {
    assertThatThrownBy(
            () ->
                Entity.builder("e1", EntityType.PERSON, "Boric")
                    .eventClass(EventClass.MEETING)
                    .mention(new Mention("Boric", new TextSpan(0, 5), 0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "entity e1 (Boric) is a PERSON, but only events have an event class; leave eventClass(...) unset");
  }

  @Test
  void entity_unnamedOtherType_throws() {
    assertThatThrownBy(
            () ->
                Entity.builder("e1", EntityType.COUNTRY, "Chile")
                    .named(false)
                    .mention(new Mention("Chile", new TextSpan(0, 5), 0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "entity e1 (Chile) is a COUNTRY, but only an event can be unnamed; leave named(...) unset");
  }

  @Test
  void entity_commonNounEvent_hasClassAndIsUnnamed() {
    Entity summit =
        Entity.builder("e1", EntityType.EVENT, "summit")
            .eventClass(EventClass.MEETING)
            .named(false)
            .mention(new Mention("summit", new TextSpan(4, 10), 0))
            .build();
    assertThat(summit.eventClass()).contains(EventClass.MEETING);
    assertThat(summit.isNamed()).isFalse();
    assertThat(summit).hasToString("EVENT(summit, MEETING, unnamed)#e1");
    assertThat(Fixtures.entity("e2", EntityType.PERSON, "Gabriel Boric").isNamed()).isTrue();
    assertThat(Fixtures.entity("e2", EntityType.PERSON, "Gabriel Boric").eventClass()).isEmpty();
  }

  @Test
  void entityType_custom_validatesName() {
    assertThat(EntityType.custom("WEAPON_SYSTEM")).isEqualTo(EntityType.custom("WEAPON_SYSTEM"));
    assertThat(EntityType.custom("WEAPON_SYSTEM").isBuiltIn()).isFalse();
    assertThatThrownBy(() -> EntityType.custom("weapon"))
        .hasMessage("entity type name must match [A-Z][A-Z0-9_]*, but was 'weapon'");
    assertThatThrownBy(() -> EntityType.custom("PERSON"))
        .hasMessage("'PERSON' is a built-in entity type; use EntityType.PERSON");
  }

  @Test
  void entityType_valueOf_unknown_throws() {
    assertThat(EntityType.valueOf("EVENT")).isSameAs(EntityType.EVENT);
    assertThatThrownBy(() -> EntityType.valueOf("THING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no built-in entity type is named 'THING'");
  }

  @Test
  void relation_wrongEndpointTypes_throws() {
    Entity summit = Fixtures.entity("e1", EntityType.EVENT, "G20 summit");
    Entity rio = Fixtures.entity("e2", EntityType.CITY, "Rio de Janeiro");
    assertThatThrownBy(() -> Fixtures.relation(RelationType.LEADER_OF, summit, rio))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "LEADER_OF needs [PERSON] -> [COUNTRY, CITY, LOCATION, ORGANIZATION], but got EVENT -> CITY");
  }

  @Test
  void relation_confidenceOutOfRange_throws() {
    Entity p = Fixtures.entity("e1", EntityType.PERSON, "Gabriel Boric");
    Entity e = Fixtures.entity("e2", EntityType.EVENT, "G20 summit");
    assertThatThrownBy(
            () ->
                new Relation(
                    RelationType.ATTENDS,
                    p,
                    e,
                    1.5,
                    Modality.ASSERTED,
                    Map.of(),
                    List.of(new Evidence(0, new TextSpan(0, 3), "Chi", "hand-written"))))
        .hasMessage("confidence must be in [0, 1], but was 1.5");
  }

  @Test
  void relation_attributes_areSortedByKey() {
    // Map.of iterates in an order that changes from one JVM run to the next; output must not
    Entity p = Fixtures.entity("e1", EntityType.PERSON, "Gabriel Boric");
    Entity c = Fixtures.entity("e2", EntityType.COUNTRY, "Chilean");
    Relation r =
        new Relation(
            RelationType.LEADER_OF,
            p,
            c,
            0.7,
            Modality.ASSERTED,
            Map.of("title", "President", "time", "FORMER"),
            List.of(new Evidence(0, new TextSpan(0, 3), "Chi", "hand-written")));
    assertThat(r.attributes().keySet()).containsExactly("time", "title");
  }

  @Test
  void relation_titleAndTenure_readTheAttributes() {
    Entity p = Fixtures.entity("e1", EntityType.PERSON, "Gabriel Boric");
    Entity c = Fixtures.entity("e2", EntityType.COUNTRY, "Chilean");
    List<Evidence> evidence = List.of(new Evidence(0, new TextSpan(0, 3), "Chi", "hand-written"));
    Relation former =
        new Relation(
            RelationType.LEADER_OF,
            p,
            c,
            0.7,
            Modality.ASSERTED,
            Map.of("title", "President", "time", "FORMER"),
            evidence);
    Relation acting =
        new Relation(
            RelationType.LEADER_OF,
            p,
            c,
            0.7,
            Modality.ASSERTED,
            Map.of("title", "Prime Minister", "time", "ACTING"),
            evidence);
    Relation now =
        new Relation(
            RelationType.LEADER_OF,
            p,
            c,
            0.9,
            Modality.ASSERTED,
            Map.of("title", "President"),
            evidence);
    Relation untitled =
        new Relation(RelationType.CITIZEN_OF, p, c, 0.9, Modality.ASSERTED, Map.of(), evidence);
    assertThat(former.title()).contains("President");
    assertThat(former.tenure()).isEqualTo(Tenure.FORMER);
    assertThat(acting.title()).contains("Prime Minister");
    assertThat(acting.tenure()).isEqualTo(Tenure.ACTING);
    assertThat(now.tenure()).isEqualTo(Tenure.CURRENT);
    assertThat(untitled.title()).isEmpty();
    assertThat(untitled.tenure()).isEqualTo(Tenure.CURRENT);
  }

  @Test
  void relation_timeAttributeThatIsNoTenure_throws() {
    Entity p = Fixtures.entity("e1", EntityType.PERSON, "Gabriel Boric");
    Entity c = Fixtures.entity("e2", EntityType.COUNTRY, "Chilean");
    assertThatThrownBy(
            () ->
                new Relation(
                    RelationType.LEADER_OF,
                    p,
                    c,
                    0.7,
                    Modality.ASSERTED,
                    Map.of("title", "President", "time", "PAST"),
                    List.of(new Evidence(0, new TextSpan(0, 3), "Chi", "hand-written"))))
        .hasMessage(
            "attribute time must name a Tenure [CURRENT, ACTING, OUTGOING, FORMER, FUTURE], but was 'PAST'");
  }

  @Test
  void relationType_custom_andAccepts() {
    RelationType meets =
        RelationType.custom("MEETS", Set.of(EntityType.PERSON), Set.of(EntityType.PERSON));
    assertThat(meets.accepts(EntityType.PERSON, EntityType.PERSON)).isTrue();
    assertThat(meets.accepts(EntityType.PERSON, EntityType.EVENT)).isFalse();
    assertThatThrownBy(() -> RelationType.custom("MEETS", Set.of(), Set.of(EntityType.PERSON)))
        .hasMessage("relation type MEETS needs at least one subject type");
  }

  @Test
  void document_of_mentionNotMatchingText_throws() {
    Entity wrong =
        Entity.builder("e1", EntityType.PERSON, "Boric")
            .mention(new Mention("Boric", new TextSpan(0, 5), 0))
            .build();
    assertThatThrownBy(
            () ->
                org.newsgraph.Document.of("d", Fixtures.TEXT, List.of(), List.of(wrong), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mention of PERSON(Boric)#e1: span [0, 5) of the text does not read 'Boric'");
  }
}
