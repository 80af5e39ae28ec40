package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/** A pattern that binds a country. Obtain one from {@link Patterns}. Immutable and thread-safe. */
public final class CountryPattern extends EntityPattern<CountryPattern> {

  CountryPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  CountryPattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new CountryPattern(label(), types(), name, steps);
  }

  /** Returns this pattern with a step: the country takes part in an event ({@code ATTENDS}). */
  public CountryPattern attends(EventPattern event) {
    return via(RelationType.ATTENDS, event);
  }
}
