package org.newsgraph;

/**
 * A speed and quality trade-off for an {@link Extractor}, chosen with {@link
 * Extractor.Builder#profile(Profile)}. Whatever the profile, an extractor loads only the models its
 * entity and relation types need: the dependency parser only when a relation type is requested, the
 * date tagger only when {@code DATE} is.
 *
 * <pre>{@code
 * Extractor fast = Extractor.builder().profile(Profile.FAST).build();
 * }</pre>
 *
 * <p>docs/performance.md gives the measured speed, heap and quality of each profile.
 */
public enum Profile {
  /**
   * One named-entity CRF model (CoreNLP's three-class model) instead of three, and only CoreNLP's
   * small cased gazetteer of about 4,900 cities, states and provinces instead of the 580,000-entry
   * default (NewsGraph's own lexicon still finds countries, demonyms and titles). Faster to load
   * and needs less heap: about 0.5 GB live and 0.7 GB at the peak, against 0.8 GB and 1.2 GB; per
   * token it is somewhat faster (one CRF instead of three).
   *
   * <p>Types differ: a town that only the large gazetteer knows is typed {@code LOCATION}, not
   * {@code CITY} ("Tatvan" is a CITY with {@link #BALANCED}, a LOCATION with FAST), so {@code
   * event().locatedIn(city())} finds less; query {@code place()}, which binds both. On the DWIE and
   * CrossNER dev splits every entity and relation F1 is within 0.01 of {@link #BALANCED}'s, at
   * 1.5-1.65x the tokens/s of CoreNLP's own NER pipeline on one thread.
   */
  FAST,
  /**
   * The default: CoreNLP's three named-entity CRF models combined, and the full gazetteer. About
   * 0.8 GB of live heap, 1.2 GB at the peak while loading; run it with {@code -Xmx1250m} or more.
   */
  BALANCED,
  /**
   * Reserved for slower, more accurate models. In this version it is the same as {@link #BALANCED}:
   * CoreNLP's statistical coreference was measured too slow for the gain (see docs/performance.md),
   * and NewsGraph's own coreference runs in every profile.
   */
  ACCURATE
}
