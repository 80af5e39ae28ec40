package org.newsgraph.entity;

/**
 * The coarse class of an {@link EntityType#EVENT} entity, from its head noun: what kind of thing
 * happened. A named event takes it from the head of its name ("Victory Day parade" is a {@link
 * #CEREMONY}), a common-noun event from the noun (WordNet 3.1's hypernyms of "summit" reach
 * "meeting", so "the summit" is a {@link #MEETING}); {@code docs/concepts.md} lists the WordNet
 * senses behind each class.
 *
 * <pre>{@code
 * List<Match> meetings = graph.match(event().ofClass(EventClass.MEETING));
 * Optional<EventClass> cls = entity.eventClass();
 * }</pre>
 */
public enum EventClass {
  /**
   * Meetings, talks, negotiations, summits, conferences, news conferences, sessions, congresses,
   * rallies.
   */
  MEETING,
  /** Visits, tours, trips and journeys. */
  VISIT,
  /**
   * Ceremonies, celebrations, festivals, parades, funerals, weddings, inaugurations, receptions.
   */
  CEREMONY,
  /** Holidays and memorial days: "Victory Day", "Christmas", "Ramadan". */
  HOLIDAY,
  /** Elections, referendums, primaries and votes. */
  ELECTION,
  /** Wars, battles, fighting, clashes, attacks, bombings, coups, uprisings and killings. */
  CONFLICT,
  /** Protests, demonstrations, strikes and boycotts. */
  PROTEST,
  /** Trials, hearings, testimony and other legal proceedings. */
  TRIAL,
  /** Contests: tournaments, championships, matches, races, games. */
  SPORTS,
  /** Shows, exhibitions, fairs and concerts. */
  SHOW,
  /** Disasters, accidents, earthquakes, floods and epidemics. */
  DISASTER,
  /** Any other event: an incident, a scandal, an affair. */
  OTHER,
  /**
   * Agreements as they are made: a deal, pact, treaty or truce that someone signs, strikes or
   * reaches ("Lukashenko signed a pact with Moscow in April"). A deal that is only talked about
   * ("the deal would cut tariffs") is no event.
   */
  AGREEMENT
}
