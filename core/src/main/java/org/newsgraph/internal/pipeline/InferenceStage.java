package org.newsgraph.internal.pipeline;

import static org.newsgraph.relation.RelationType.ATTENDS;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.LEADER_OF;
import static org.newsgraph.relation.RelationType.LOCATED_IN;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * Reads relations that follow from found ones. A person who takes part in a country's election
 * ("Churchill won the 1951 UK general election") is that country's citizen; the new relation keeps
 * the evidence of the participation and a lower confidence than either reading. And in an article
 * that names one country only, at least twice, a person whose nationality nothing states is read
 * as that country's citizen, at {@link #ONLY_COUNTRY} confidence, with the person's first naming
 * as evidence, if the person is named with more than one word somewhere. Then the readings of
 * places ({@link PlaceInference}): a city's country from the gazetteer, an event's through its city.
 */
final class InferenceStage implements Stage {

  /** The inferred reading keeps this share of the weaker of its two premises' confidences. */
  private static final double SHARE = 0.8;

  /**
   * The confidence of a nationality read from the article's only country: about one such reading
   * in two is annotated in news (DWIE) and one in four in encyclopaedic text (Re-DocRED).
   */
  private static final double ONLY_COUNTRY = 0.3;

  private final ImmutableSet<RelationType> wanted;
  private final PlaceInference places;

  InferenceStage(Set<RelationType> wanted, PlaceInference places) {
    this.wanted = ImmutableSet.copyOf(wanted);
    this.places = places;
  }

  @Override
  public String name() {
    return "inferences";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    if (wanted.contains(CITIZEN_OF)) {
      citizens(doc);
    }
    if (wanted.contains(LOCATED_IN)) {
      places.apply(doc); // after the elections: an election's country is read from its text alone
    }
  }

  private void citizens(WorkingDocument doc) {
    List<Map.Entry<RelationKey, Found>> attends = new ArrayList<>();
    List<Map.Entry<RelationKey, Found>> places = new ArrayList<>();
    for (Map.Entry<RelationKey, Found> e : doc.relations.entrySet()) {
      RelationKey k = e.getKey();
      if (e.getValue().modality != Modality.ASSERTED) {
        continue;
      }
      if (k.type().equals(ATTENDS) && typeOf(doc, k.subject()).equals(EntityType.PERSON)
          && isElection(doc, k.object())) {
        attends.add(e);
      } else if (isCountryPlace(doc, k)) {
        places.add(e);
      }
    }
    for (Map.Entry<RelationKey, Found> e : doc.implied.entrySet()) {
      if (isCountryPlace(doc, e.getKey())) {
        places.add(e); // "won the 1999 New Zealand general election", an election named once
      }
    }
    elections(doc, attends, places);
    onlyCountry(doc);
  }

  private void elections(
      WorkingDocument doc,
      List<Map.Entry<RelationKey, Found>> attends,
      List<Map.Entry<RelationKey, Found>> places) {
    for (Map.Entry<RelationKey, Found> a : attends) {
      for (Map.Entry<RelationKey, Found> p : places) {
        if (p.getKey().subject() != a.getKey().object()) {
          continue;
        }
        double confidence = SHARE * Math.min(a.getValue().confidence, p.getValue().confidence);
        for (Found.Span span : a.getValue().evidence) {
          Readings.record(doc, doc.relations, wanted, "election-in-country", CITIZEN_OF, a.getKey().subject(),
              p.getKey().object(), confidence, Modality.ASSERTED, span, Map.of());
        }
      }
    }
  }

  /** "Astrid Lindgren" in an article that names Sweden, and Sweden only, twice or more. */
  private void onlyCountry(WorkingDocument doc) {
    // a second country anywhere, and nothing says which one a person belongs to
    int country = RelationStage.dominantCountry(doc, Double.POSITIVE_INFINITY);
    if (country < 0) {
      return;
    }
    Set<Integer> placed = new HashSet<>();
    for (RelationKey k : doc.relations.keySet()) {
      if (k.type().equals(CITIZEN_OF) || k.type().equals(LEADER_OF)) {
        placed.add(k.subject());
      }
    }
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cluster = doc.clusters.get(k);
      if (cluster.isEmpty() || !cluster.get(0).type.equals(EntityType.PERSON) || placed.contains(k)
          || !fullyNamed(cluster)) {
        continue;
      }
      Cand first = cluster.get(0);
      Found.Span span = new Found.Span(first.sent.index, first.begin(), first.end());
      Readings.record(doc, doc.relations, wanted, "nationality-only-country", CITIZEN_OF, k, country,
          ONLY_COUNTRY, Modality.ASSERTED, span, Map.of());
    }
  }

  /**
   * Whether a person is named with more than one word somewhere: a one-word "person" ("Fyllingen",
   * "Duran") is as often a place or a club the tagger misread, and the guess fails four times in five.
   */
  private static boolean fullyNamed(List<Cand> cluster) {
    for (Cand c : cluster) {
      if (c.kind == Cand.Kind.NAME && c.te - c.tb > 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountryPlace(WorkingDocument doc, RelationKey k) {
    return k.type().equals(LOCATED_IN) && typeOf(doc, k.object()).equals(EntityType.COUNTRY);
  }

  private static EntityType typeOf(WorkingDocument doc, int entity) {
    return doc.clusters.get(entity).get(0).type;
  }

  private static boolean isElection(WorkingDocument doc, int entity) {
    for (Cand c : doc.clusters.get(entity)) {
      if (c.eventClass == EventClass.ELECTION) {
        return true;
      }
    }
    return false;
  }
}
