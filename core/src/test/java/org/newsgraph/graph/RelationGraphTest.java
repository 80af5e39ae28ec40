package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Fixtures;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

class RelationGraphTest {

  private final Document doc = Fixtures.boric();
  private final RelationGraph graph = doc.graph();

  private Entity named(String name) {
    return graph.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void relationsFrom_person_listsOutgoingEdgesInOrder() {
    assertThat(graph.relationsFrom(named("Gabriel Boric")))
        .extracting(r -> r.type().name() + ">" + r.object().name())
        .containsExactly("LEADER_OF>Chile", "ATTENDS>G20 summit");
  }

  @Test
  void relationsTo_event_listsIncomingEdges() {
    assertThat(graph.relationsTo(named("G20 summit")))
        .extracting(r -> r.subject().name())
        .containsExactly("Gabriel Boric");
  }

  @Test
  void neighbors_byType_returnsObjects() {
    assertThat(graph.neighbors(named("G20 summit"), RelationType.LOCATED_IN))
        .extracting(Entity::name)
        .containsExactly("Rio de Janeiro");
    assertThat(graph.neighbors(named("Gabriel Boric"), RelationType.HOSTED_BY)).isEmpty();
  }

  @Test
  void hasRelation_checksTypeAndDirection() {
    assertThat(graph.hasRelation(named("Gabriel Boric"), RelationType.LEADER_OF, named("Chile")))
        .isTrue();
    assertThat(graph.hasRelation(named("Chile"), RelationType.LEADER_OF, named("Gabriel Boric")))
        .isFalse();
  }

  @Test
  void entitiesByType_andLookupById() {
    assertThat(graph.entities(EntityType.CITY))
        .extracting(Entity::name)
        .containsExactly("Rio de Janeiro");
    assertThat(graph.entity("e3")).map(Entity::name).contains("G20 summit");
    assertThat(graph.entity("nope")).isEmpty();
  }

  @Test
  void relationsFrom_entityNotInGraph_throws() {
    Entity stranger = Fixtures.entity("x9", EntityType.PERSON, "Gabriel Boric");
    assertThatThrownBy(() -> graph.relationsFrom(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entity PERSON(Gabriel Boric)#x9 is not in this graph");
  }

  @Test
  void of_duplicateRelation_throws() {
    Entity a = Fixtures.entity("e1", EntityType.PERSON, "Gabriel Boric");
    Entity b = Fixtures.entity("e2", EntityType.EVENT, "G20 summit");
    assertThatThrownBy(
            () ->
                RelationGraph.of(
                    List.of(a, b),
                    List.of(
                        Fixtures.relation(RelationType.ATTENDS, a, b),
                        Fixtures.relation(RelationType.ATTENDS, a, b))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is given twice");
  }

  @Test
  void of_parallelEdgesOfDifferentTypes_areKept() {
    Entity p = Fixtures.entity("e1", EntityType.PERSON, "Gabriel Boric");
    Entity c = Fixtures.entity("e2", EntityType.COUNTRY, "Chilean");
    RelationGraph g =
        RelationGraph.of(
            List.of(p, c),
            List.of(
                Fixtures.relation(RelationType.LEADER_OF, p, c),
                Fixtures.relation(RelationType.CITIZEN_OF, p, c)));
    assertThat(g.relationsFrom(p)).hasSize(2);
  }
}
