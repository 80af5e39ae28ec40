package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * A pattern that binds an entity of any of the given types, with generic steps only ({@link #via}).
 * Obtain one from {@link Patterns}. Immutable and thread-safe.
 */
public final class AnyPattern extends EntityPattern<AnyPattern> {

  AnyPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  AnyPattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new AnyPattern(label(), types(), name, steps);
  }
}
