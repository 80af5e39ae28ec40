package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.relation.Modality;
import org.newsgraph.rules.RelationRule;

/**
 * Applies the user's {@link RelationRule}s (issue 7): a verb with one of the rule's lemmas, its
 * subject through {@code nsubj} (or {@code obl:agent} in the passive) and its object through the
 * rule's object relations (or {@code nsubj:pass} in the passive). Coordination and relative
 * clauses come from the enhanced++ dependencies, which copy {@code nsubj} and {@code obj} edges to
 * every conjunct. Runs after coreference, so pronouns count as their person.
 */
final class CustomRuleStage implements Stage {

  /** Confidence of a rule reading: a direct verb-argument pattern, below the built-in titles. */
  private static final double CONFIDENCE = 0.7;


  private final ImmutableList<RelationRule> rules;
  private final Map<String, List<RelationRule>> byLemma = new HashMap<>();

  CustomRuleStage(List<RelationRule> rules) {
    this.rules = ImmutableList.copyOf(rules);
    for (RelationRule r : this.rules) {
      for (String v : r.verbs()) {
        byLemma.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
      }
    }
  }

  @Override
  public String name() {
    return "custom-rules";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.ENTITIES, Layer.DEPENDENCIES);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    Map<Sent, List<Cand>> bySentence = doc.resolvedBySentence();
    for (Sent s : doc.sentences) {
      List<Cand> cands = bySentence.get(s);
      if (cands == null || cands.size() < 2) {
        continue;
      }
      for (int v = 0; v < s.size(); v++) {
        Tok t = s.tok(v);
        List<RelationRule> rs = byLemma.get(t.lemmaLower());
        if (rs == null || !t.pos().startsWith("VB")) {
          continue;
        }
        boolean passive = !s.children(v, "nsubj:pass").isEmpty();
        Modality modality = modality(s, v);
        for (RelationRule r : rs) {
          List<Cand> subjects = new ArrayList<>();
          List<Cand> objects = new ArrayList<>();
          for (Dep d : s.children(v)) {
            Cand c = mention(cands, d.dependent());
            if (c == null) {
              continue;
            }
            String rel = d.relation();
            if (passive) {
              if (rel.equals("obl:agent") || rel.equals("obl:by")) {
                subjects.add(c);
              } else if (rel.equals("nsubj:pass")) {
                objects.add(c);
              }
            } else if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
              subjects.add(c);
            } else if (r.objectRelations().contains(rel)) {
              objects.add(c);
            }
          }
          for (Cand sub : subjects) {
            for (Cand obj : objects) {
              add(doc, r, sub, obj, modality, s, v);
            }
          }
        }
      }
    }
  }

  /** The mention that holds a token, such as the head of a noun phrase. */
  private static @Nullable Cand mention(List<Cand> cands, int token) {
    Cand best = null;
    for (Cand c : cands) {
      if (c.covers(token) && (best == null || c.te - c.tb > best.te - best.tb)) {
        best = c;
      }
    }
    return best;
  }

  private static void add(
      WorkingDocument doc, RelationRule r, Cand sub, Cand obj, Modality m, Sent s, int verb) {
    if (sub.entity == obj.entity) {
      return;
    }
    Cand subHead = doc.clusters.get(sub.entity).get(0);
    Cand objHead = doc.clusters.get(obj.entity).get(0);
    if (!r.subjectTypes().contains(subHead.type) || !r.objectTypes().contains(objHead.type)) {
      return;
    }
    int lo = Math.min(verb, Math.min(sub.tb, obj.tb));
    int hi = Math.max(verb + 1, Math.max(sub.te, obj.te));
    Found.Span span = new Found.Span(s.index, s.tok(lo).begin(), s.tok(hi - 1).end());
    RelationKey key = new RelationKey(r.type(), sub.entity, obj.entity);
    Found f = doc.relations.computeIfAbsent(key, k -> new Found(CONFIDENCE, m));
    f.merge(CONFIDENCE, m, span, Map.of());
  }

  /**
   * How the sentence states the verb: "did not meet" and "never met" deny it, "declined to meet"
   * too; "will meet" and "agreed to meet" plan it; "may meet" and "is expected to meet" hedge it.
   * Looks at the verb and up to three verbs that govern it through xcomp or ccomp.
   */
  static Modality modality(Sent s, int verb) {
    Modality m = Modality.ASSERTED;
    int cur = verb;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      for (Dep d : s.children(cur)) {
        String w = s.tok(d.dependent()).lower().replace('\u2019', '\'');
        String base = d.base();
        if ((base.equals("advmod") || base.equals("neg") || base.equals("aux"))
            && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
          return Modality.NEGATED;
        }
        if (base.equals("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall"))) {
          m = m == Modality.ASSERTED ? Modality.PLANNED : m;
        }
        if ((base.equals("aux") || base.equals("advmod")) && ModalityWords.HEDGES.contains(w)) {
          m = Modality.UNCERTAIN;
        }
      }
      String lemma = s.tok(cur).lemmaLower();
      if (cur != verb) {
        if (ModalityWords.NEGATORS.contains(lemma)) {
          return Modality.NEGATED;
        }
        if (ModalityWords.HEDGES.contains(lemma)) {
          m = Modality.UNCERTAIN;
        } else if (ModalityWords.PLANNERS.contains(lemma) && m == Modality.ASSERTED) {
          m = Modality.PLANNED;
        }
      }
      int next = -1;
      for (Dep d : s.parents(cur)) {
        if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("ccomp"))) {
          next = d.governor();
          break;
        }
      }
      cur = next;
    }
    return m;
  }
}
