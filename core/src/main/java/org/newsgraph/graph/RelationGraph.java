package org.newsgraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.MutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.query.EntityPattern;
import org.newsgraph.query.Match;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/**
 * The entities of a document (nodes) and the relations between them (directed edges).
 *
 * <p>Two entities may be linked by several relations of different types. Obtain one from {@link
 * org.newsgraph.Document#graph()}, or build one from entities and relations with {@link #of}. Walk
 * it with {@link #relationsFrom}, {@link #relationsTo} and {@link #neighbors}, or query it with
 * {@link #match}. Immutable and thread-safe; iteration order is the order of the entities and
 * relations given.
 *
 * <pre>{@code
 * for (Match m : graph.match(person().leaderOf(country()).attends(event()))) {
 *   System.out.println(m);   // Kassym-Jomart Tokayev, Kazakhstan, Victory Day parade
 * }
 * }</pre>
 */
public final class RelationGraph {

  private static final String NOT_IN_GRAPH = "entity %s is not in this graph";

  private final ImmutableNetwork<Entity, Relation> network;
  private final ImmutableList<Entity> entities;
  private final ImmutableList<Relation> relations;

  private RelationGraph(ImmutableList<Entity> entities, ImmutableList<Relation> relations) {
    MutableNetwork<Entity, Relation> net =
        NetworkBuilder.directed().allowsParallelEdges(true).allowsSelfLoops(false).build();
    entities.forEach(net::addNode);
    for (Relation r : relations) {
      checkArgument(
          net.nodes().contains(r.subject()),
          "relation %s: subject %s is not among the entities",
          r,
          r.subject());
      checkArgument(
          net.nodes().contains(r.object()),
          "relation %s: object %s is not among the entities",
          r,
          r.object());
      checkArgument(
          net.edgesConnecting(r.subject(), r.object()).stream()
              .noneMatch(e -> e.type().equals(r.type())),
          "relation %s is given twice; merge its evidence into one relation",
          r);
      net.addEdge(r.subject(), r.object(), r);
    }
    this.network = ImmutableNetwork.copyOf(net);
    this.entities = entities;
    this.relations = relations;
  }

  /**
   * Returns a graph of these entities and relations.
   *
   * @throws IllegalArgumentException if a relation's endpoint is not among the entities, or two
   *     relations share type, subject and object
   */
  public static RelationGraph of(Collection<Entity> entities, Collection<Relation> relations) {
    return new RelationGraph(ImmutableList.copyOf(entities), ImmutableList.copyOf(relations));
  }

  /** Returns every entity, in document order. */
  public ImmutableList<Entity> entities() {
    return entities;
  }

  /** Returns the entities of one type, in document order. */
  public ImmutableList<Entity> entities(EntityType type) {
    requireNonNull(type, "type");
    return entities.stream()
        .filter(e -> e.type().equals(type))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the entity with this id, if the graph has it. */
  public Optional<Entity> entity(String id) {
    requireNonNull(id, "id");
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Returns every relation. */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** Returns the relations of one type. */
  public ImmutableList<Relation> relations(RelationType type) {
    requireNonNull(type, "type");
    return relations.stream()
        .filter(r -> r.type().equals(type))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the relations whose subject is this entity.
   *
   * @throws IllegalArgumentException if the entity is not in this graph
   */
  public ImmutableList<Relation> relationsFrom(Entity entity) {
    return sorted(network.outEdges(checkNode(entity)));
  }

  /**
   * Returns the relations whose object is this entity.
   *
   * @throws IllegalArgumentException if the entity is not in this graph
   */
  public ImmutableList<Relation> relationsTo(Entity entity) {
    return sorted(network.inEdges(checkNode(entity)));
  }

  /**
   * Returns the objects of this entity's relations of one type, e.g. the events a person attends.
   *
   * @throws IllegalArgumentException if the entity is not in this graph
   */
  public ImmutableList<Entity> neighbors(Entity entity, RelationType type) {
    requireNonNull(type, "type");
    return relationsFrom(entity).stream()
        .filter(r -> r.type().equals(type))
        .map(Relation::object)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the graph has a relation of this type between the two entities. */
  public boolean hasRelation(Entity subject, RelationType type, Entity object) {
    requireNonNull(type, "type");
    return network.nodes().contains(subject)
        && network.nodes().contains(object)
        && network.edgesConnecting(subject, object).stream().anyMatch(r -> r.type().equals(type));
  }

  /**
   * Returns every way the pattern binds to this graph, one {@link Match} per binding, in document
   * order of the bound entities.
   */
  public ImmutableList<Match> match(EntityPattern<?> pattern) {
    requireNonNull(pattern, "pattern");
    return pattern.matchIn(this);
  }

  private Entity checkNode(Entity entity) {
    requireNonNull(entity, "entity");
    checkArgument(network.nodes().contains(entity), NOT_IN_GRAPH, entity);
    return entity;
  }

  private ImmutableList<Relation> sorted(java.util.Set<Relation> edges) {
    return edges.stream()
        .sorted(Comparator.comparingInt(relations::indexOf))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "RelationGraph{" + entities.size() + " entities, " + relations.size() + " relations}";
  }

  /** Returns the set of relation types present. */
  public ImmutableSet<RelationType> relationTypes() {
    return relations.stream().map(Relation::type).collect(ImmutableSet.toImmutableSet());
  }
}
