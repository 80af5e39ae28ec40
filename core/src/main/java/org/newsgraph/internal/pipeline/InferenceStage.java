package org.newsgraph.internal.pipeline;

import static org.newsgraph.relation.RelationType.ATTENDS;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.LOCATED_IN;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
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
 * the evidence of the participation and a lower confidence than either reading. Then the readings
 * of places ({@link PlaceInference}): a city's country from the gazetteer, an event's through its
 * city.
 */
final class InferenceStage implements Stage {

  /** The inferred reading keeps this share of the weaker of its two premises' confidences. */
  private static final double SHARE = 0.8;

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
      if (k.type().equals(ATTENDS)
          && typeOf(doc, k.subject()).equals(EntityType.PERSON)
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
          Readings.record(
              doc,
              doc.relations,
              wanted,
              "election-in-country",
              CITIZEN_OF,
              a.getKey().subject(),
              p.getKey().object(),
              confidence,
              Modality.ASSERTED,
              span,
              Map.of());
        }
      }
    }
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
