package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/** A pattern that binds an event. Obtain one from {@link Patterns}. Immutable and thread-safe. */
public final class EventPattern extends EntityPattern<EventPattern> {

  EventPattern(String label, ImmutableSet<EntityType> types, @Nullable String name, ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  EventPattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new EventPattern(label(), types(), name, steps);
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
