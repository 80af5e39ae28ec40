package org.newsgraph.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/** A pattern that binds a person. Obtain one from {@link Patterns}. Immutable and thread-safe. */
public final class PersonPattern extends EntityPattern<PersonPattern> {

  PersonPattern(
      String label,
      ImmutableSet<EntityType> types,
      @Nullable String name,
      ImmutableList<Step> steps) {
    super(label, types, name, steps);
  }

  @Override
  PersonPattern copy(@Nullable String name, ImmutableList<Step> steps) {
    return new PersonPattern(label(), types(), name, steps);
  }

  /** Returns this pattern with a step: the person leads a country ({@code LEADER_OF}). */
  public PersonPattern leaderOf(CountryPattern country) {
    return via(RelationType.LEADER_OF, country);
  }

  /** Returns this pattern with a step: the person leads an organisation ({@code LEADER_OF}). */
  public PersonPattern leaderOf(OrganizationPattern organization) {
    return via(RelationType.LEADER_OF, organization);
  }

  /**
   * Returns this pattern with a step: the person leads a city or other place, as a mayor or a
   * governor does ({@code LEADER_OF}).
   */
  public PersonPattern leaderOf(PlacePattern place) {
    return via(RelationType.LEADER_OF, place);
  }

  /**
   * Returns this pattern with a step: the person leads a country now ({@code LEADER_OF} of {@code
   * Tenure.CURRENT}, so not "former President X", "President-elect Y", "interim leader Z" nor
   * "outgoing Prime Minister W"); the same as {@code leaderOf(country).current()}.
   */
  public PersonPattern currentLeaderOf(CountryPattern country) {
    return leaderOf(country).current();
  }

  /** Returns this pattern with a step: the person leads an organisation now; see above. */
  public PersonPattern currentLeaderOf(OrganizationPattern organization) {
    return leaderOf(organization).current();
  }

  /** Returns this pattern with a step: the person leads a city or other place now; see above. */
  public PersonPattern currentLeaderOf(PlacePattern place) {
    return leaderOf(place).current();
  }

  /** Returns this pattern with a step: the person attends an event ({@code ATTENDS}). */
  public PersonPattern attends(EventPattern event) {
    return via(RelationType.ATTENDS, event);
  }

  /**
   * Returns this pattern with a step: the person is a citizen of a country ({@code CITIZEN_OF}).
   */
  public PersonPattern citizenOf(CountryPattern country) {
    return via(RelationType.CITIZEN_OF, country);
  }
}
