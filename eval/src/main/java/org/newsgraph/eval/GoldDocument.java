package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.TextSpan;

/**
 * One gold document: its id and text (as a system should read it), the gold mentions grouped in
 * clusters, the gold relations between clusters, and spans that are neither rewarded nor penalised.
 *
 * <p>Obtain gold documents from {@link Dataset#read(java.nio.file.Path)}, or build them by hand in
 * tests. Immutable and thread-safe.
 *
 * @param id the document id; a system document with the same id is scored against it
 * @param text the text given to the system
 * @param mentions the gold mentions of every cluster, in the gold file's order
 * @param clusters the type of every gold cluster, by cluster id
 * @param relations the gold relations of the scored relation types
 * @param neutral spans whose overlapping system mentions are not false positives (names of unscored
 *     types, demonyms of no country)
 * @param others every name the gold annotates, with the data set's label (for the nesting rule)
 */
public record GoldDocument(
    String id,
    String text,
    ImmutableList<GoldMention> mentions,
    ImmutableMap<Integer, EntityType> clusters,
    ImmutableSet<GoldRelation> relations,
    ImmutableList<TextSpan> neutral,
    ImmutableList<GoldSpan> others) {

  /** Validates the document. */
  public GoldDocument {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    mentions = ImmutableList.copyOf(mentions);
    clusters = ImmutableMap.copyOf(clusters);
    relations = ImmutableSet.copyOf(relations);
    neutral = ImmutableList.copyOf(neutral);
    others = ImmutableList.copyOf(others);
    for (GoldMention m : mentions) {
      checkArgument(
          clusters.containsKey(m.cluster()),
          "gold mention %s of document '%s' names cluster %s, which has no type in clusters",
          m.span(),
          id,
          m.cluster());
    }
  }
}
