package org.newsgraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.graph.RelationGraph;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;
import org.newsgraph.relation.Tenure;

/**
 * A pattern that binds one entity of a graph, and through its steps the entities it is related to.
 * Obtain one from {@link Patterns}; see there for the whole DSL.
 *
 * <p>Patterns are immutable: every method returns a new pattern, so patterns can be constants
 * shared between threads. {@link #toString()} prints the pattern readably.
 *
 * @param <P> the concrete pattern type, so that chained calls keep their typed methods
 */
public abstract class EntityPattern<P extends EntityPattern<P>> {

  private final String label;
  private final ImmutableSet<EntityType> types;
  private final @Nullable String name;
  private final ImmutableList<Step> steps;

  EntityPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    this.label = label;
    this.types = types;
    this.name = name;
    this.steps = steps;
  }

  final String label() {
    return label;
  }

  final @Nullable String name() {
    return name;
  }

  final ImmutableList<Step> steps() {
    return steps;
  }

  /** A further filter of a subclass on the bound entity; every entity passes by default. */
  boolean acceptsMore(Entity e) {
    return true;
  }

  /** How {@link #toString()} shows that filter after the label, e.g. {@code [MEETING]}. */
  String filterLabel() {
    return "";
  }

  abstract P copy(@Nullable String name, ImmutableList<Step> steps);

  /**
   * Returns this pattern restricted to entities whose canonical name or any mention equals {@code
   * name}, ignoring case.
   */
  public final P named(String name) {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank");
    return copy(name, steps);
  }

  /**
   * Returns this pattern with a further step: the bound entity must have a relation of {@code type}
   * to an entity bound by {@code object}. This is the generic form of the typed steps, and works
   * for user-defined relation types too.
   *
   * @throws IllegalArgumentException if {@code type} cannot connect the two patterns' types
   */
  public final P via(RelationType type, EntityPattern<?> object) {
    requireNonNull(type, "type");
    requireNonNull(object, "object");
    boolean possible =
        types.stream().anyMatch(s -> object.types.stream().anyMatch(o -> type.accepts(s, o)));
    checkArgument(
        possible,
        "relation %s connects %s -> %s, but the pattern asks %s -> %s",
        type,
        type.subjectTypes(),
        type.objectTypes(),
        types,
        object.types);
    return copy(
        name,
        ImmutableList.<Step>builder()
            .addAll(steps)
            .add(new Step(type, object, ImmutableSet.of(), false))
            .build());
  }

  /**
   * Returns this pattern with its last step restricted to relations of these modalities: {@code
   * person().attends(event()).withModality(PLANNED, UNCERTAIN)} binds only people who will or may
   * attend. Without a modality filter a step matches every modality but {@link Modality#NEGATED}
   * (see {@link #anyModality()}).
   *
   * @throws IllegalStateException if the pattern has no step yet, or its last step already has a
   *     modality filter
   */
  public final P withModality(Modality first, Modality... more) {
    requireNonNull(first, "first");
    requireNonNull(more, "more");
    return withModalities(
        ImmutableSet.<Modality>builder().add(first).add(more).build(), "withModality(...)");
  }

  /**
   * Returns this pattern with its last step restricted to relations stated as fact ({@link
   * Modality#ASSERTED}); the same as {@code withModality(ASSERTED)}.
   *
   * @throws IllegalStateException if the pattern has no step yet, or its last step already has a
   *     modality filter
   */
  public final P asserted() {
    return withModality(Modality.ASSERTED);
  }

  /**
   * Returns this pattern with its last step restricted to denied relations ({@link
   * Modality#NEGATED}): {@code person().attends(event()).negated()} binds people the text says did
   * not or will not attend. The same as {@code withModality(NEGATED)}.
   *
   * @throws IllegalStateException if the pattern has no step yet, or its last step already has a
   *     modality filter
   */
  public final P negated() {
    return withModality(Modality.NEGATED);
  }

  /**
   * Returns this pattern with its last step matching relations of every modality, denied ones
   * ({@link Modality#NEGATED}) included; read {@link Relation#modality()} on the {@link
   * Match#relations()} to tell them apart.
   *
   * @throws IllegalStateException if the pattern has no step yet, or its last step already has a
   *     modality filter
   */
  public final P anyModality() {
    return withModalities(ImmutableSet.copyOf(Modality.values()), "anyModality()");
  }

  private P withModalities(ImmutableSet<Modality> set, String method) {
    Step last = lastStep(method);
    checkState(
        last.modalities.isEmpty(),
        "the step %s already keeps only %s; give all modalities in one withModality(...) call",
        last.type,
        last.modalities);
    return replaceLast(new Step(last.type, last.object, set, last.currentOnly));
  }

  /**
   * Returns this pattern with its last step restricted to relations that hold now: those of {@link
   * Tenure#CURRENT} ({@link org.newsgraph.relation.Relation#tenure()}), so not "former President
   * X", "President-elect Y", "interim leader Z" nor "outgoing Prime Minister W". {@code
   * person().leaderOf(country()).current()} binds current leaders only.
   *
   * @throws IllegalStateException if the pattern has no step yet
   */
  public final P current() {
    Step last = lastStep("current()");
    return replaceLast(new Step(last.type, last.object, last.modalities, true));
  }

  private Step lastStep(String method) {
    checkState(
        !steps.isEmpty(),
        "%s filters the last relation step, but pattern '%s' has none; call it after a step such"
            + " as attends(event())",
        method,
        this);
    return steps.get(steps.size() - 1);
  }

  private P replaceLast(Step step) {
    return copy(
        name,
        ImmutableList.<Step>builder().addAll(steps.subList(0, steps.size() - 1)).add(step).build());
  }

  /** Returns the entity types this pattern binds. */
  public final ImmutableSet<EntityType> types() {
    return types;
  }

  /**
   * Returns every binding of this pattern in the graph; the same as {@link RelationGraph#match}.
   */
  public final ImmutableList<Match> matchIn(RelationGraph graph) {
    requireNonNull(graph, "graph");
    ImmutableList.Builder<Match> out = ImmutableList.builder();
    for (Entity e : graph.entities()) {
      for (Partial p : bind(graph, e)) {
        out.add(new Match(p.entities, p.relations));
      }
    }
    return out.build();
  }

  private boolean accepts(Entity e) {
    if (!types.contains(e.type()) || !acceptsMore(e)) {
      return false;
    }
    if (name == null) {
      return true;
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    if (e.name().toLowerCase(Locale.ROOT).equals(wanted)) {
      return true;
    }
    for (Mention m : e.mentions()) {
      if (m.text().toLowerCase(Locale.ROOT).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private List<Partial> bind(RelationGraph graph, Entity e) {
    List<Partial> result = new ArrayList<>();
    if (!accepts(e)) {
      return result;
    }
    result.add(new Partial(ImmutableList.of(e), ImmutableList.of()));
    for (Step step : steps) {
      List<Partial> stepResults = new ArrayList<>();
      for (Relation r : graph.relationsFrom(e)) {
        if (step.accepts(r)) {
          for (Partial sub : step.object.bind(graph, r.object())) {
            stepResults.add(
                new Partial(
                    sub.entities,
                    ImmutableList.<Relation>builder().add(r).addAll(sub.relations).build()));
          }
        }
      }
      List<Partial> joined = new ArrayList<>();
      for (Partial left : result) {
        for (Partial right : stepResults) {
          joined.add(left.concat(right));
        }
      }
      result = joined;
      if (result.isEmpty()) {
        break;
      }
    }
    return result;
  }

  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    String head = label + filterLabel() + (name == null ? "" : "(\"" + name + "\")");
    if (steps.isEmpty()) {
      sb.append(head);
      return;
    }
    for (int i = 0; i < steps.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(head).append(" -").append(steps.get(i).label()).append("-> ");
      steps.get(i).object.append(sb);
    }
  }

  /**
   * One step of a pattern: a relation type, the pattern its object must satisfy, and filters on the
   * relation (its modalities, none meaning {@link #DEFAULT_MODALITIES}; whether it must hold now).
   */
  static final class Step {
    final RelationType type;
    final EntityPattern<?> object;
    final ImmutableSet<Modality> modalities;
    final boolean currentOnly;

    Step(
        RelationType type,
        EntityPattern<?> object,
        ImmutableSet<Modality> modalities,
        boolean currentOnly) {
      this.type = type;
      this.object = object;
      this.modalities = modalities;
      this.currentOnly = currentOnly;
    }

    boolean accepts(Relation r) {
      return r.type().equals(type)
          && (modalities.isEmpty()
              ? DEFAULT_MODALITIES.contains(r.modality())
              : modalities.contains(r.modality()))
          && (!currentOnly || r.tenure() == Tenure.CURRENT);
    }

    /**
     * {@code ATTENDS}, {@code ATTENDS[ASSERTED]}, {@code ATTENDS[any modality]}, {@code
     * LEADER_OF[current]}.
     */
    String label() {
      List<String> filters = new ArrayList<>();
      if (modalities.size() == Modality.values().length) {
        filters.add("any modality");
      } else {
        modalities.forEach(m -> filters.add(m.name()));
      }
      if (currentOnly) {
        filters.add("current");
      }
      return filters.isEmpty() ? type.name() : type.name() + filters;
    }
  }

  /**
   * What a step without a modality filter matches: every modality but {@link Modality#NEGATED}.
   * Planned, uncertain and reported relations still say the relation holds or will hold, and a
   * {@link Match} prints their modality; a denied one says it does not, so a user asking who
   * attended must not get the people who declined.
   */
  static final ImmutableSet<Modality> DEFAULT_MODALITIES =
      Sets.immutableEnumSet(
          Modality.ASSERTED, Modality.PLANNED, Modality.UNCERTAIN, Modality.REPORTED);

  private static final class Partial {
    final ImmutableList<Entity> entities;
    final ImmutableList<Relation> relations;

    Partial(ImmutableList<Entity> entities, ImmutableList<Relation> relations) {
      this.entities = entities;
      this.relations = relations;
    }

    Partial concat(Partial other) {
      return new Partial(
          ImmutableList.<Entity>builder().addAll(entities).addAll(other.entities).build(),
          ImmutableList.<Relation>builder().addAll(relations).addAll(other.relations).build());
    }
  }
}
