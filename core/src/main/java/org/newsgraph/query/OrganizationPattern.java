package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A pattern that binds an organisation. Obtain one from {@link Patterns}. Immutable and
 * thread-safe.
 */
public final class OrganizationPattern extends EntityPattern<OrganizationPattern> {

  OrganizationPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  OrganizationPattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new OrganizationPattern(label(), types(), name, steps);
  }

  /**
   * Returns this pattern with a step: the organisation takes part in an event, as an armed force in
   * a war or a team in a competition does ({@code ATTENDS}).
   */
  public OrganizationPattern attends(EventPattern event) {
    return via(RelationType.ATTENDS, event);
  }
}
