package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.Document;
import org.newsgraph.Explanation;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;

/**
 * Turns the scratch state of one extraction into the public {@link Explanation}: its tokens,
 * dependency edges and mentions, after parsing the sentences extraction did not need (so that every
 * sentence shows its edges, while the relations stay those of {@code extract}).
 */
final class Explanations {

  private static final Comparator<Explanation.Dependency> EDGE_ORDER =
      Comparator.comparingInt(Explanation.Dependency::governor)
          .thenComparingInt(Explanation.Dependency::dependent)
          .thenComparing(Explanation.Dependency::relation);

  private Explanations() {}

  /**
   * Builds the explanation of a finished extraction.
   *
   * @param doc the extraction's scratch state, after every stage ran
   * @param document the document assembled from it
   * @param entityOfCluster the document's entity of each kept cluster
   */
  static Explanation of(
      WorkingDocument doc, Document document, Map<Integer, Entity> entityOfCluster) {
    DeferredParse parser = doc.parser;
    if (parser != null) {
      List<Sent> unparsed = new ArrayList<>();
      for (Sent s : doc.sentences) {
        if (s.deps.isEmpty()) {
          unparsed.add(s);
        }
      }
      // after the stages ran: the new edges change no reading
      parser.parse(unparsed);
    }
    ImmutableList.Builder<Explanation.SentenceAnalysis> out = ImmutableList.builder();
    for (int i = 0; i < doc.sentences.size(); i++) {
      Sent s = doc.sentences.get(i);
      ImmutableList.Builder<Explanation.Token> tokens = ImmutableList.builder();
      for (Tok t : s.tokens) {
        tokens.add(
            new Explanation.Token(
                t.index() + 1,
                t.word(),
                t.lemma(),
                t.pos(),
                t.ner(),
                new TextSpan(t.begin(), t.end())));
      }
      List<Explanation.Dependency> deps = new ArrayList<>();
      for (Dep d : s.deps) {
        deps.add(new Explanation.Dependency(d.governor() + 1, d.relation(), d.dependent() + 1));
      }
      deps.sort(EDGE_ORDER);
      List<Cand> cands = doc.candsIn(s);
      cands.sort(Comparator.comparingInt(Cand::begin).thenComparingInt(Cand::end));
      ImmutableList.Builder<Explanation.MentionAnalysis> mentions = ImmutableList.builder();
      for (Cand c : cands) {
        mentions.add(
            new Explanation.MentionAnalysis(
                new Mention(c.text(doc.text), new TextSpan(c.begin(), c.end()), s.index),
                c.type,
                Explanation.MentionKind.valueOf(c.kind.name()),
                Optional.ofNullable(c.entity >= 0 ? entityOfCluster.get(c.entity) : null)));
      }
      out.add(
          new Explanation.SentenceAnalysis(
              document.sentences().get(i),
              tokens.build(),
              ImmutableList.copyOf(deps),
              mentions.build()));
    }
    return new Explanation(document, out.build());
  }
}
