package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/** A pattern that binds a date. Obtain one from {@link Patterns}. Immutable and thread-safe. */
public final class DatePattern extends EntityPattern<DatePattern> {

  DatePattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  DatePattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new DatePattern(label(), types(), name, steps);
  }
}
