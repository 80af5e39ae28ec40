package org.newsgraph.query;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.newsgraph.entity.Entity;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/**
 * One row of a query result: the entities a pattern bound, in the pattern's order (the root first,
 * then each step's entities depth-first), and the relations that connect them.
 *
 * <p>For {@code person().leaderOf(country()).attends(event())} a row holds (person, country,
 * event). Immutable; {@link #toString()} prints the entities' names separated by commas, then the
 * modality of each relation not stated as fact, e.g. {@code Ben, Ruritania, summit [ATTENDS
 * PLANNED]}.
 */
public final class Match {

  private final ImmutableList<Entity> entities;
  private final ImmutableList<Relation> relations;

  Match(ImmutableList<Entity> entities, ImmutableList<Relation> relations) {
    this.entities = requireNonNull(entities, "entities");
    this.relations = requireNonNull(relations, "relations");
  }

  /** Returns the bound entities in pattern order. */
  public ImmutableList<Entity> entities() {
    return entities;
  }

  /** Returns the relations walked, in pattern order. */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /**
   * Returns the entity bound at this position of the pattern.
   *
   * @throws IndexOutOfBoundsException if the pattern has fewer positions
   */
  public Entity get(int index) {
    checkElementIndex(index, entities.size(), "match position");
    return entities.get(index);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Match
        && ((Match) o).entities.equals(entities)
        && ((Match) o).relations.equals(relations);
  }

  @Override
  public int hashCode() {
    return entities.hashCode() * 31 + relations.hashCode();
  }

  @Override
  public String toString() {
    String names = entities.stream().map(Entity::name).collect(Collectors.joining(", "));
    String modalities =
        relations.stream()
            .filter(r -> r.modality() != Modality.ASSERTED)
            .map(r -> r.type().name() + " " + r.modality())
            .collect(Collectors.joining(", "));
    return modalities.isEmpty() ? names : names + " [" + modalities + "]";
  }
}
