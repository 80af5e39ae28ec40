package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A pattern that binds a city or another place (not a country: use {@link CountryPattern}). Obtain
 * one from {@link Patterns}. Immutable and thread-safe.
 */
public final class PlacePattern extends EntityPattern<PlacePattern> {

  PlacePattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  PlacePattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new PlacePattern(label(), types(), name, steps);
  }

  /** Returns this pattern with a step: the place lies in another place ({@code LOCATED_IN}). */
  public PlacePattern locatedIn(PlacePattern place) {
    return via(RelationType.LOCATED_IN, place);
  }

  /** Returns this pattern with a step: the place lies in a country ({@code LOCATED_IN}). */
  public PlacePattern locatedIn(CountryPattern country) {
    return via(RelationType.LOCATED_IN, country);
  }
}
