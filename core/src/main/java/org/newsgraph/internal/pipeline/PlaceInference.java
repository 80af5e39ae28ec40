package org.newsgraph.internal.pipeline;

import static java.util.Objects.requireNonNull;
import static org.newsgraph.relation.RelationType.HOSTED_BY;
import static org.newsgraph.relation.RelationType.LOCATED_IN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;

/**
 * The document-level readings of places (issue 17): a city the document names is in its country
 * when the gazetteer ({@link Cities}) knows the city and the document names the country, and an
 * event in a city is in the city's country. Each reading is recorded by {@link #record}, under its
 * name.
 *
 * <p>The gazetteer never overrides the text: a city the text places anywhere else ("Paris, Texas",
 * or any LOCATED_IN the rules found for it), whose names the gazetteer reads as different cities,
 * or whose country the document does not name gets no country from it; and an event the text places
 * in a country, or gives a host country, keeps that country alone.
 */
final class PlaceInference {

  /** A city's country from the gazetteer ("Bonn" and "Germany" in one article). */
  static final String CITY_COUNTRY = "gazetteer-city-country";

  /** An event in a city is in that city's country, stated or from the gazetteer. */
  static final String EVENT_COUNTRY = "event-country-through-city";

  /**
   * The confidence of a city's country read from the gazetteer: right for all 106 of the DWIE dev
   * cities it knows whose country DWIE annotates, but a name can stand for another place than the
   * gazetteer's, and news seldom states what every reader knows.
   */
  static final double GAZETTEER = 0.4;

  /** The event's country keeps this share of the weaker of its two premises' confidences. */
  private static final double SHARE = 0.8;

  private final Cities cities;
  private final Lexicon lexicon;
  private final boolean stateCityCountries;

  /**
   * @param stateCityCountries whether a city's country from the gazetteer is a relation of the
   *     document, or only a premise for the event's country (see docs/concepts.md)
   */
  PlaceInference(Cities cities, Lexicon lexicon, boolean stateCityCountries) {
    this.cities = cities;
    this.lexicon = lexicon;
    this.stateCityCountries = stateCityCountries;
  }

  void apply(WorkingDocument doc) {
    Map<String, Integer> countries = countriesByCode(doc);
    if (countries.isEmpty()) {
      return;
    }
    // the country each place is in: stated by the text first, else from the gazetteer
    Map<Integer, Premise> placeCountry = new HashMap<>();
    for (Map.Entry<RelationKey, Found> e : doc.relations.entrySet()) {
      RelationKey k = e.getKey();
      if (k.type().equals(LOCATED_IN)
          && isCityLike(doc, k.subject())
          && typeOf(doc, k.object()).equals(EntityType.COUNTRY)
          && e.getValue().modality == Modality.ASSERTED) {
        Premise before = placeCountry.get(k.subject());
        if (before == null || before.confidence < e.getValue().confidence) {
          placeCountry.put(k.subject(), new Premise(k.object(), e.getValue().confidence));
        }
      }
    }
    for (int k = 0; k < doc.clusters.size(); k++) {
      if (placeCountry.containsKey(k) || !isCityLike(doc, k)) {
        continue;
      }
      Integer country = gazetteerCountry(doc, k, countries);
      if (country == null) {
        continue;
      }
      placeCountry.put(k, new Premise(country, GAZETTEER));
      Cand first = firstName(doc.clusters.get(k));
      List<Found.Span> evidence =
          List.of(new Found.Span(first.sent.index, first.begin(), first.end()));
      record(
          doc,
          stateCityCountries ? doc.relations : doc.implied,
          CITY_COUNTRY,
          new RelationKey(LOCATED_IN, k, country),
          GAZETTEER,
          Modality.ASSERTED,
          evidence);
    }
    eventCountries(doc, doc.relations, placeCountry);
    eventCountries(doc, doc.implied, placeCountry);
  }

  /**
   * "The summit in Nairobi": the summit is in Kenya, if Kenya is named and nothing says otherwise.
   */
  private static void eventCountries(
      WorkingDocument doc, Map<RelationKey, Found> map, Map<Integer, Premise> placeCountry) {
    Set<Integer> tied = new HashSet<>(); // events the text ties to a country
    for (Map<RelationKey, Found> m : List.of(doc.relations, doc.implied)) {
      for (RelationKey k : m.keySet()) {
        if ((k.type().equals(LOCATED_IN) || k.type().equals(HOSTED_BY))
            && typeOf(doc, k.subject()).equals(EntityType.EVENT)
            && typeOf(doc, k.object()).equals(EntityType.COUNTRY)) {
          tied.add(k.subject());
        }
      }
    }
    List<Map.Entry<RelationKey, Found>> inPlaces = new ArrayList<>();
    for (Map.Entry<RelationKey, Found> e : map.entrySet()) {
      RelationKey k = e.getKey();
      if (k.type().equals(LOCATED_IN)
          && typeOf(doc, k.subject()).equals(EntityType.EVENT)
          && !tied.contains(k.subject())
          && placeCountry.containsKey(k.object())) {
        // not when the text ties the event to a country: "Russia's parade in Moscow" (HOSTED_BY)
        inPlaces.add(e);
      }
    }
    for (Map.Entry<RelationKey, Found> e : inPlaces) {
      Premise country = requireNonNull(placeCountry.get(e.getKey().object()));
      double confidence = SHARE * Math.min(e.getValue().confidence, country.confidence);
      record(
          doc,
          map,
          EVENT_COUNTRY,
          new RelationKey(LOCATED_IN, e.getKey().subject(), country.entity),
          confidence,
          e.getValue().modality,
          e.getValue().evidence);
    }
  }

  /**
   * Records one reading, under its name ({@link #CITY_COUNTRY}, {@link #EVENT_COUNTRY}): the only
   * place this class adds a relation.
   */
  private static void record(
      WorkingDocument doc,
      Map<RelationKey, Found> into,
      String reading,
      RelationKey key,
      double confidence,
      Modality modality,
      List<Found.Span> evidence) {
    if (doc.relations.containsKey(key) || into.containsKey(key)) {
      return; // a stated reading, or the same one through another city, is not repeated
    }
    for (Found.Span span : evidence) {
      Readings.record(
          doc,
          into,
          Set.of(key.type()),
          reading,
          key.type(),
          key.subject(),
          key.object(),
          confidence,
          modality,
          span,
          Map.of());
    }
  }

  /**
   * The document's country the gazetteer puts this city in, or null: when a name of the city is
   * unknown to it or is another city's, when the country is not named, or when the text places the
   * city elsewhere.
   */
  private @Nullable Integer gazetteerCountry(
      WorkingDocument doc, int k, Map<String, Integer> countries) {
    String code = null;
    for (Cand c : doc.clusters.get(k)) {
      if (c.kind != Cand.Kind.NAME) {
        continue;
      }
      Cities.City city = cities.city(c.text(doc.text));
      if (city == null) {
        continue;
      }
      if (code != null && !code.equals(city.countryCode())) {
        return null; // "Paris" and "Paris, Texas" read as two cities: the text decides, not us
      }
      code = city.countryCode();
    }
    Integer country = code == null ? null : countries.get(code);
    if (country == null || placedElsewhere(doc, k, country)) {
      return null;
    }
    return country;
  }

  /** Whether the text puts the city in some place other than this country. */
  private static boolean placedElsewhere(WorkingDocument doc, int city, int country) {
    for (RelationKey r : doc.relations.keySet()) {
      if (r.type().equals(LOCATED_IN) && r.subject() == city && r.object() != country) {
        return true;
      }
    }
    // "Paris, Texas", "Moscow, Idaho": a place right after the name and a comma
    for (Cand c : doc.clusters.get(city)) {
      if (c.kind != Cand.Kind.NAME
          || c.te + 1 >= c.sent.size()
          || !c.sent.tok(c.te).word().equals(",")) {
        continue;
      }
      for (Cand next : doc.cands) {
        if (next.sent == c.sent
            && next.tb == c.te + 1
            && next.type.isPlace()
            && next.entity != country) {
          return true;
        }
      }
    }
    return false;
  }

  /** The document's countries by ISO code; the first-named cluster where two share one. */
  private Map<String, Integer> countriesByCode(WorkingDocument doc) {
    Map<String, Integer> byCode = new HashMap<>();
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cluster = doc.clusters.get(k);
      if (cluster.isEmpty() || !cluster.get(0).type.equals(EntityType.COUNTRY)) {
        continue;
      }
      String code = null;
      for (Cand c : cluster) {
        if (c.code != null) {
          code = c.code;
          break;
        }
        if (c.kind == Cand.Kind.NAME) {
          Lexicon.CountryForm form = lexicon.country(c.text(doc.text));
          if (form != null && form.country().code() != null) {
            code = form.country().code();
            break;
          }
        }
      }
      if (code != null) {
        byCode.putIfAbsent(code, k);
      }
    }
    return byCode;
  }

  /** A city, or a place CoreNLP left as LOCATION: the gazetteer knows which are cities. */
  private static boolean isCityLike(WorkingDocument doc, int k) {
    List<Cand> cluster = doc.clusters.get(k);
    if (cluster.isEmpty()) {
      return false;
    }
    EntityType t = cluster.get(0).type;
    return (t.equals(EntityType.CITY) || t.equals(EntityType.LOCATION))
        && firstNameOrNull(cluster) != null;
  }

  private static Cand firstName(List<Cand> cluster) {
    Cand c = firstNameOrNull(cluster);
    if (c == null) {
      throw new IllegalStateException("a place without a name: " + cluster);
    }
    return c;
  }

  private static @Nullable Cand firstNameOrNull(List<Cand> cluster) {
    Cand first = null;
    for (Cand c : cluster) {
      if (c.kind == Cand.Kind.NAME && (first == null || c.begin() < first.begin())) {
        first = c;
      }
    }
    return first;
  }

  private static EntityType typeOf(WorkingDocument doc, int entity) {
    return doc.clusters.get(entity).get(0).type;
  }

  /** A place's country and how sure that is. */
  private record Premise(int entity, double confidence) {}
}
