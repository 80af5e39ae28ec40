package org.newsgraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.newsgraph.entity.EntityType;

/**
 * Entry points of the query DSL; import them statically.
 *
 * <pre>{@code
 * import static org.newsgraph.query.Patterns.*;
 *
 * List<Match> rows = graph.match(person().leaderOf(country()).attends(event()));
 * }</pre>
 *
 * <table>
 *   <caption>The DSL at a glance</caption>
 *   <tr><th>factory</th><th>binds</th><th>typed steps</th></tr>
 *   <tr><td>{@code person()}</td><td>PERSON</td>
 *       <td>{@code leaderOf(country()|place()|organization())},
 *           {@code currentLeaderOf(country()|place()|organization())}, {@code attends(event())},
 *           {@code citizenOf(country())}</td></tr>
 *   <tr><td>{@code country()}</td><td>COUNTRY</td><td>{@code attends(event())}</td></tr>
 *   <tr><td>{@code event()}</td><td>EVENT</td>
 *       <td>{@code locatedIn(place()|country())}, {@code onDate(date())},
 *           {@code hostedBy(country()|organization())}; filter {@code ofClass(EventClass...)}</td></tr>
 *   <tr><td>{@code place()}, {@code city()}, {@code location()}</td><td>CITY and LOCATION, CITY,
 *       LOCATION</td><td>{@code locatedIn(place()|country())}</td></tr>
 *   <tr><td>{@code date()}</td><td>DATE</td><td></td></tr>
 *   <tr><td>{@code organization()}</td><td>ORGANIZATION</td><td>{@code attends(event())}</td></tr>
 *   <tr><td>{@code entity(types...)}</td><td>the given types</td><td></td></tr>
 * </table>
 *
 * <table>
 *   <caption>Filters on the last relation step</caption>
 *   <tr><th>filter</th><th>keeps relations</th><th>example</th></tr>
 *   <tr><td>(none)</td><td>every modality but {@code NEGATED}: {@code ASSERTED}, {@code PLANNED},
 *       {@code UNCERTAIN}, {@code REPORTED}</td><td>{@code person().attends(event())}</td></tr>
 *   <tr><td>{@code asserted()}</td><td>stated as fact ({@code Modality.ASSERTED})</td>
 *       <td>{@code person().attends(event()).asserted()}</td></tr>
 *   <tr><td>{@code negated()}</td><td>denied ({@code Modality.NEGATED})</td>
 *       <td>{@code person().attends(event()).negated()}</td></tr>
 *   <tr><td>{@code anyModality()}</td><td>every modality, {@code NEGATED} included</td>
 *       <td>{@code person().attends(event()).anyModality()}</td></tr>
 *   <tr><td>{@code withModality(Modality...)}</td><td>of any of these modalities</td>
 *       <td>{@code person().attends(event()).withModality(PLANNED, UNCERTAIN)}</td></tr>
 *   <tr><td>{@code current()}</td><td>held now: {@code Tenure.CURRENT} (not {@code FORMER},
 *       {@code FUTURE}, {@code ACTING} nor {@code OUTGOING})</td><td>{@code person().leaderOf(country()).current()}, or
 *       {@code person().currentLeaderOf(country())}</td></tr>
 * </table>
 *
 * <p>A step without a modality filter leaves out denied relations ("X did not attend E", "X
 * declined to attend E"), so {@code person().leaderOf(country()).attends(event())} never binds a
 * leader who stayed away. Planned, uncertain and reported relations do match: the text says the
 * relation holds, will hold or may hold, and {@link Match#toString()} prints their modality ({@code
 * Ben, summit [ATTENDS PLANNED]}); add {@code asserted()} to keep facts only.
 *
 * <p>A filter applies to the step just before it and may be combined with the other filter ({@code
 * person().leaderOf(country()).current().asserted()}); it throws {@link IllegalStateException} on a
 * pattern without a step. {@code toString()} prints filters in brackets: {@code person
 * -ATTENDS[ASSERTED]-> event}.
 *
 * <p>{@code event().ofClass(EventClass.MEETING, EventClass.VISIT)} keeps events of those classes
 * ({@link org.newsgraph.entity.EventClass}); it prints as {@code event[MEETING, VISIT]}.
 *
 * <p>Every pattern also has {@code named(String)} (canonical name or any mention, ignoring case)
 * and the generic step {@code via(RelationType, pattern)}, which works for user-defined relation
 * types. A pattern with several steps requires all of them; each {@link Match} row lists the bound
 * entities depth-first, root first.
 */
public final class Patterns {

  private Patterns() {}

  /** Returns a pattern that binds any person. */
  public static PersonPattern person() {
    return new PersonPattern(
        "person", ImmutableSet.of(EntityType.PERSON), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any country. */
  public static CountryPattern country() {
    return new CountryPattern(
        "country", ImmutableSet.of(EntityType.COUNTRY), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any event. */
  public static EventPattern event() {
    return new EventPattern("event", ImmutableSet.of(EntityType.EVENT), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any city or other location (not countries). */
  public static PlacePattern place() {
    return new PlacePattern(
        "place", ImmutableSet.of(EntityType.CITY, EntityType.LOCATION), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any city. */
  public static PlacePattern city() {
    return new PlacePattern("city", ImmutableSet.of(EntityType.CITY), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any location other than a city or a country. */
  public static PlacePattern location() {
    return new PlacePattern(
        "location", ImmutableSet.of(EntityType.LOCATION), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any date. */
  public static DatePattern date() {
    return new DatePattern("date", ImmutableSet.of(EntityType.DATE), null, ImmutableList.of());
  }

  /** Returns a pattern that binds any organisation. */
  public static OrganizationPattern organization() {
    return new OrganizationPattern(
        "organization", ImmutableSet.of(EntityType.ORGANIZATION), null, ImmutableList.of());
  }

  /**
   * Returns a pattern that binds an entity of any of these types, built-in or user-defined.
   *
   * @throws IllegalArgumentException if no type is given
   */
  public static AnyPattern entity(EntityType... types) {
    requireNonNull(types, "types");
    checkArgument(types.length > 0, "entity(...) needs at least one entity type");
    ImmutableSet<EntityType> set = ImmutableSet.copyOf(types);
    String label =
        set.size() == 1
            ? set.iterator().next().name().toLowerCase(java.util.Locale.ROOT)
            : "entity" + set;
    return new AnyPattern(label, set, null, ImmutableList.of());
  }
}
