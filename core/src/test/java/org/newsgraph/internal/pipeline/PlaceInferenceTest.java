package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.LOCATION;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.HOSTED_BY;
import static org.newsgraph.relation.RelationType.LOCATED_IN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/** The readings of places (issue 17) on hand-built documents; no model is loaded. */
class PlaceInferenceTest {

  private static Cities cities;
  private static Lexicon lexicon;

  @BeforeAll
  static void load() {
    cities = Cities.load();
    lexicon = new Lexicon();
  }

  /** A one-sentence document of space-separated tokens. */
  private static WorkingDocument doc(String text) {
    List<Tok> toks = new ArrayList<>();
    int b = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      toks.add(new Tok(i, words[i], words[i], "NNP", "O", b, b + words[i].length()));
      b += words[i].length() + 1;
    }
    WorkingDocument doc = new WorkingDocument("test", text);
    doc.sentences = List.of(new Sent(0, 0, text.length(), toks, List.of(), List.of()));
    return doc;
  }

  /** A new entity of one mention, the token range [tb, te). */
  private static int entity(WorkingDocument doc, int tb, int te, EntityType type, Cand.Kind kind) {
    Cand c = new Cand(doc.sentences.get(0), tb, te, type, kind);
    if (type.equals(COUNTRY)) {
      c.code = lexicon.country(c.text(doc.text)).country().code();
    }
    c.entity = doc.clusters.size();
    doc.cands.add(c);
    doc.clusters.add(new ArrayList<>(List.of(c)));
    return c.entity;
  }

  private static int name(WorkingDocument doc, int token, EntityType type) {
    return entity(doc, token, token + 1, type, Cand.Kind.NAME);
  }

  private static Found found(
      WorkingDocument doc,
      Map<RelationKey, Found> into,
      RelationType type,
      int subject,
      int object,
      double confidence,
      Modality modality) {
    Found f = new Found(confidence, modality);
    f.merge(confidence, modality, new Found.Span(0, 0, doc.text.length()), Map.of());
    into.put(new RelationKey(type, subject, object), f);
    return f;
  }

  private static void infer(WorkingDocument doc, boolean stateCityCountries) {
    new PlaceInference(cities, lexicon, stateCityCountries).apply(doc);
  }

  @Test
  void cityAndItsCountryNamed_gazetteerCountryIsAPremiseOnly() {
    WorkingDocument doc = doc("Germany said talks in Bonn went well");
    int germany = name(doc, 0, COUNTRY);
    int bonn = name(doc, 4, CITY);
    infer(doc, false);
    assertThat(doc.relations).isEmpty();
    Found f = doc.implied.get(new RelationKey(LOCATED_IN, bonn, germany));
    assertThat(f.confidence).isEqualTo(PlaceInference.GAZETTEER);
    assertThat(f.evidence)
        .containsExactly(
            new Found.Span(
                0,
                doc.text.indexOf("Bonn"),
                doc.text.indexOf(" went"),
                PlaceInference.CITY_COUNTRY));
  }

  @Test
  void cityAndItsCountryNamed_stated_isARelation() {
    WorkingDocument doc = doc("Germany said talks in Bonn went well");
    int germany = name(doc, 0, COUNTRY);
    int bonn = name(doc, 4, CITY);
    infer(doc, true);
    assertThat(doc.relations).containsOnlyKeys(new RelationKey(LOCATED_IN, bonn, germany));
    assertThat(doc.relations.get(new RelationKey(LOCATED_IN, bonn, germany)).modality)
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void placeLeftAsLocation_knownCity_getsItsCountry() {
    WorkingDocument doc = doc("Iran said Tehran would respond");
    int iran = name(doc, 0, COUNTRY);
    int tehran = name(doc, 2, LOCATION);
    infer(doc, true);
    assertThat(doc.relations).containsOnlyKeys(new RelationKey(LOCATED_IN, tehran, iran));
  }

  @Test
  void countryNotNamed_givesNothing() {
    WorkingDocument doc = doc("France said talks in Bonn went well");
    name(doc, 0, COUNTRY);
    name(doc, 4, CITY);
    infer(doc, true);
    assertThat(doc.relations).isEmpty();
    assertThat(doc.implied).isEmpty();
  }

  @Test
  void cityQualifiedByAnotherPlace_givesNothing() {
    WorkingDocument doc = doc("France watched Paris , Texas closely");
    name(doc, 0, COUNTRY);
    name(doc, 2, CITY);
    name(doc, 4, LOCATION);
    infer(doc, true);
    assertThat(doc.relations).isEmpty();
    assertThat(doc.implied).isEmpty();
  }

  @Test
  void cityQualifiedByItsCountry_givesTheCountry() {
    WorkingDocument doc = doc("Officials in Paris , France said so");
    int paris = name(doc, 2, CITY);
    int france = name(doc, 4, COUNTRY);
    infer(doc, true);
    assertThat(doc.relations).containsOnlyKeys(new RelationKey(LOCATED_IN, paris, france));
  }

  @Test
  void cityTheTextPlacesElsewhere_getsNoGazetteerCountry() {
    WorkingDocument doc = doc("France watched Paris in Texas closely");
    int france = name(doc, 0, COUNTRY);
    int paris = name(doc, 2, CITY);
    int texas = name(doc, 4, LOCATION);
    found(doc, doc.relations, LOCATED_IN, paris, texas, 0.7, Modality.ASSERTED);
    infer(doc, true);
    assertThat(doc.relations).containsOnlyKeys(new RelationKey(LOCATED_IN, paris, texas));
    assertThat(doc.implied).doesNotContainKey(new RelationKey(LOCATED_IN, paris, france));
  }

  @Test
  void namesOfOneCityReadAsTwoCountries_giveNothing() {
    WorkingDocument doc = doc("Kenya and Libya named Nairobi and Tripoli as one");
    name(doc, 0, COUNTRY);
    name(doc, 2, COUNTRY);
    int nairobi = name(doc, 4, CITY);
    Cand tripoli = new Cand(doc.sentences.get(0), 6, 7, CITY, Cand.Kind.NAME);
    tripoli.entity = nairobi; // a coreference error: the gazetteer does not choose between them
    doc.cands.add(tripoli);
    doc.clusters.get(nairobi).add(tripoli);
    infer(doc, true);
    assertThat(doc.relations).isEmpty();
  }

  @Test
  void eventInCity_isInTheCitysCountry_withTheEventsEvidenceAndModality() {
    WorkingDocument doc = doc("Kenyan officials expect the summit in Nairobi");
    int kenya = entity(doc, 0, 1, COUNTRY, Cand.Kind.DEMONYM);
    int summit = entity(doc, 3, 5, EVENT, Cand.Kind.NOMINAL);
    int nairobi = name(doc, 6, CITY);
    Found inCity = found(doc, doc.relations, LOCATED_IN, summit, nairobi, 0.7, Modality.PLANNED);
    infer(doc, false);
    Found f = doc.relations.get(new RelationKey(LOCATED_IN, summit, kenya));
    assertThat(f.confidence).isEqualTo(0.8 * PlaceInference.GAZETTEER);
    assertThat(f.modality).isEqualTo(Modality.PLANNED);
    assertThat(f.evidence)
        .isEqualTo(
            inCity.evidence.stream().map(sp -> sp.by(PlaceInference.EVENT_COUNTRY)).toList());
    assertThat(doc.relations).doesNotContainKey(new RelationKey(LOCATED_IN, nairobi, kenya));
  }

  @Test
  void eventHostedByACountry_getsNoCountryThroughItsCity() {
    WorkingDocument doc = doc("Russia holds the parade in Moscow");
    int russia = name(doc, 0, COUNTRY);
    int parade = entity(doc, 2, 4, EVENT, Cand.Kind.NOMINAL);
    int moscow = name(doc, 5, CITY);
    found(doc, doc.relations, HOSTED_BY, parade, russia, 0.8, Modality.ASSERTED);
    found(doc, doc.relations, LOCATED_IN, parade, moscow, 0.7, Modality.ASSERTED);
    infer(doc, false);
    assertThat(doc.relations).doesNotContainKey(new RelationKey(LOCATED_IN, parade, russia));
  }

  @Test
  void eventInCityWhoseCountryTheTextStates_isInTheStatedCountry() {
    WorkingDocument doc = doc("France and the United States held the rodeo in Paris");
    int france = name(doc, 0, COUNTRY);
    int us = entity(doc, 3, 5, COUNTRY, Cand.Kind.NAME);
    int rodeo = entity(doc, 6, 8, EVENT, Cand.Kind.NOMINAL);
    int paris = name(doc, 9, CITY);
    found(doc, doc.relations, LOCATED_IN, paris, us, 0.9, Modality.ASSERTED);
    found(doc, doc.relations, LOCATED_IN, rodeo, paris, 0.7, Modality.ASSERTED);
    infer(doc, false);
    assertThat(doc.relations.get(new RelationKey(LOCATED_IN, rodeo, us)).confidence)
        .isEqualTo(0.8 * 0.7);
    assertThat(doc.relations).doesNotContainKey(new RelationKey(LOCATED_IN, rodeo, france));
  }

  @Test
  void eventImpliedInCity_isImpliedInItsCountry() {
    WorkingDocument doc = doc("Germany recalls the 1936 Berlin Olympics");
    int germany = name(doc, 0, COUNTRY);
    int olympics = entity(doc, 3, 6, EVENT, Cand.Kind.NAME);
    int berlin = name(doc, 4, CITY);
    found(doc, doc.implied, LOCATED_IN, olympics, berlin, 0.7, Modality.ASSERTED);
    infer(doc, false);
    assertThat(doc.relations).isEmpty();
    assertThat(doc.implied).containsKey(new RelationKey(LOCATED_IN, olympics, germany));
  }

  @Test
  void inferenceStage_locatedInNotWanted_readsNoPlaces() {
    WorkingDocument doc = doc("Germany said talks in Bonn went well");
    name(doc, 0, COUNTRY);
    name(doc, 4, CITY);
    new InferenceStage(Set.of(CITIZEN_OF), new PlaceInference(cities, lexicon, true)).apply(doc);
    assertThat(doc.relations).isEmpty();
    assertThat(doc.implied).isEmpty();
  }
}
