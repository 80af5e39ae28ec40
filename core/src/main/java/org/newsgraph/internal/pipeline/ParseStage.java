package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the dependency parser on the sentences that a relation can come from, once mentions are
 * known and resolved: those with at least one mention of an entity. Every relation reading ({@link
 * RelationStage}'s and {@link RuleStage}'s, built-in or the user's) starts from a resolved mention
 * in the sentence; a reading with one mention links it to what the document is about (an implied
 * event, the document's country). The other sentences keep no dependency edges.
 */
final class ParseStage implements Stage {

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.DEPENDENCIES);
  }

  @Override
  public void apply(WorkingDocument doc) {
    if (doc.parser == null) {
      return;
    }
    Map<Sent, List<Cand>> bySentence = doc.resolvedBySentence();
    List<Sent> wanted = new ArrayList<>();
    for (Sent s : doc.sentences) {
      List<Cand> cands = bySentence.get(s);
      if (cands != null && !cands.isEmpty()) {
        wanted.add(s);
      }
    }
    if (!wanted.isEmpty()) {
      doc.parser.parse(wanted);
    }
  }
}
