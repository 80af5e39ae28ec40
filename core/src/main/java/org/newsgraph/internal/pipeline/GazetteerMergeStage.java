package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the entities of one gazetteer entry (issue 7): coreference keys most types by their surface
 * text, so "Patriot" and its alias "MIM-104 Patriot" would be two entities; mentions with the same
 * type and canonical name are one. Runs right after coreference, before the relation stages read
 * the clusters.
 */
final class GazetteerMergeStage implements Stage {

  @Override
  public String name() {
    return "gazetteer-entities";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.ENTITIES);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.ENTITIES);
  }

  @Override
  public void apply(WorkingDocument doc) {
    Map<String, Integer> byName = new HashMap<>();
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      if (cl.isEmpty() || cl.get(0).canonical == null) {
        continue;
      }
      String key = cl.get(0).type + "\u0000" + cl.get(0).canonical;
      Integer into = byName.putIfAbsent(key, k);
      if (into != null) {
        List<Cand> target = doc.clusters.get(into);
        for (Cand c : cl) {
          c.entity = into;
          target.add(c);
        }
        target.sort(Comparator.comparingInt(Cand::begin));
        cl.clear();
      }
    }
    compact(doc);
  }

  /**
   * Drops the emptied clusters and renumbers the rest: later stages take every cluster to have a
   * first mention. No relation is keyed by cluster index yet, so only the mentions need updating.
   */
  private static void compact(WorkingDocument doc) {
    int[] renumber = new int[doc.clusters.size()];
    List<List<Cand>> kept = new ArrayList<>();
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      renumber[k] = cl.isEmpty() ? -1 : kept.size();
      if (!cl.isEmpty()) {
        kept.add(cl);
      }
    }
    if (kept.size() == doc.clusters.size()) {
      return;
    }
    for (Cand c : doc.cands) {
      if (c.entity >= 0) {
        c.entity = renumber[c.entity];
      }
    }
    doc.clusters.clear();
    doc.clusters.addAll(kept);
  }
}
