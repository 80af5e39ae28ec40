package org.newsgraph.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.relation.RelationType;

/**
 * A pattern that binds an event. Obtain one from {@link Patterns}; {@link #ofClass} keeps events of
 * some classes only. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Match> rows = graph.match(person().attends(event().ofClass(EventClass.MEETING)));
 * }</pre>
 */
public final class EventPattern extends EntityPattern<EventPattern> {

  /** The classes to keep; empty keeps every event. */
  private final ImmutableSet<EventClass> classes;

  EventPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    this(label, types, name, steps, ImmutableSet.of());
  }

  private EventPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps,
      ImmutableSet<EventClass> classes) {
    super(label, types, name, steps);
    this.classes = classes;
  }

  @Override
  EventPattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new EventPattern(label(), types(), name, steps, classes);
  }

  /**
   * Returns this pattern restricted to events of any of these classes: {@code
   * event().ofClass(MEETING, VISIT)} binds meetings, talks, summits and visits. Events without a
   * class never match a class filter. A second call replaces the classes of the first.
   */
  public EventPattern ofClass(EventClass first, EventClass... more) {
    requireNonNull(first, "first");
    requireNonNull(more, "more");
    return new EventPattern(
        label(),
        types(),
        name(),
        steps(),
        ImmutableSet.<EventClass>builder().add(first).add(more).build());
  }

  @Override
  boolean acceptsMore(Entity e) {
    return classes.isEmpty() || e.eventClass().map(classes::contains).orElse(false);
  }

  @Override
  String filterLabel() {
    return classes.isEmpty() ? "" : classes.toString();
  }

  /** Returns this pattern with a step: the event takes place in a place ({@code LOCATED_IN}). */
  public EventPattern locatedIn(PlacePattern place) {
    return via(RelationType.LOCATED_IN, place);
  }

  /** Returns this pattern with a step: the event takes place in a country ({@code LOCATED_IN}). */
  public EventPattern locatedIn(CountryPattern country) {
    return via(RelationType.LOCATED_IN, country);
  }

  /** Returns this pattern with a step: the event happens on a date ({@code ON_DATE}). */
  public EventPattern onDate(DatePattern date) {
    return via(RelationType.ON_DATE, date);
  }

  /** Returns this pattern with a step: a country hosts the event ({@code HOSTED_BY}). */
  public EventPattern hostedBy(CountryPattern country) {
    return via(RelationType.HOSTED_BY, country);
  }

  /** Returns this pattern with a step: an organisation hosts the event ({@code HOSTED_BY}). */
  public EventPattern hostedBy(OrganizationPattern organization) {
    return via(RelationType.HOSTED_BY, organization);
  }
}
