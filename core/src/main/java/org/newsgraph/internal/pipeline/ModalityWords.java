package org.newsgraph.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.relation.Modality;

/**
 * The words that set a relation's modality, and how they are read around a trigger: shared by the
 * one-line rules, the pattern rules and the built-in readings.
 */
final class ModalityWords {

  private ModalityWords() {}

  /** "declined to attend", "failed to meet", "skipped the summit". */
  static final Set<String> NEGATORS =
      Set.of(
          "decline", "refuse", "reject", "skip", "boycott", "snub", "shun", "cancel", "miss",
          "deny", "fail");

  /**
   * "accepted the invitation to attend", "plans to meet", "is expected to attend", "is due to
   * attend": news reports what is scheduled as planned, not as doubtful.
   */
  static final Set<String> PLANNERS =
      Set.of(
          "accept",
          "agree",
          "plan",
          "confirm",
          "decide",
          "intend",
          "promise",
          "pledge",
          "vow",
          "prepare",
          "want",
          "hope",
          "invite",
          "schedule",
          "set",
          "expect",
          "due",
          "slate");

  /** "may meet", "is likely to meet", "is considering attending". */
  static final Set<String> HEDGES =
      Set.of("may", "might", "could", "likely", "possible", "consider", "mull", "weigh", "unclear");

  /** "is said to attend", "is reported to have met": a claim the story passes on. */
  static final Set<String> REPORTERS =
      Set.of(
          "say", "report", "believe", "think", "rumor", "rumour", "allege", "claim", "understand");

  /** "reportedly met", "allegedly attended". */
  static final Set<String> REPORTING_ADVERBS =
      Set.of("reportedly", "allegedly", "purportedly", "supposedly", "apparently");

  /**
   * How the trigger's clause states the relation: "did not meet" and "never met" deny it, "declined
   * to attend" and "skipped the summit" too; "will meet", "agreed to meet" and "is expected to
   * meet" plan it; "may meet" hedges it; "is said to have met" reports it. Looks at the trigger and
   * up to three words that govern it through xcomp, ccomp, acl or obj ("accepted the invitation to
   * attend").
   */
  static Modality read(Sent s, int trigger) {
    List<Integer> chain = new ArrayList<>();
    int cur = trigger;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      chain.add(cur);
      int next = -1;
      for (Dep d : s.parents(cur)) {
        String base = d.base();
        if (d.governor() >= 0
            && (base.equals("xcomp")
                || base.equals("acl")
                || base.equals("obj")
                || base.equals("ccomp"))) {
          next = d.governor();
          break;
        }
      }
      cur = next;
    }
    Modality m = Modality.ASSERTED;
    for (int c : chain) {
      for (Dep d : s.children(c)) {
        String w = s.tok(d.dependent()).lower().replace('\u2019', '\'');
        String base = d.base();
        if ((base.equals("advmod") || base.equals("neg") || base.equals("aux"))
            && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
          return Modality.NEGATED;
        }
        if (base.equals("aux")
            && (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would"))) {
          m =
              m == Modality.ASSERTED
                  ? Modality.PLANNED
                  : m; // "would hold": the future of reported speech
        }
        if ((base.equals("aux") || base.equals("advmod")) && HEDGES.contains(w)) {
          m = m == Modality.REPORTED ? m : Modality.UNCERTAIN;
        }
        if (base.equals("advmod") && REPORTING_ADVERBS.contains(w)) {
          m = Modality.REPORTED;
        }
      }
      String lemma = s.tok(c).lemmaLower();
      if (c != trigger) {
        if (NEGATORS.contains(lemma)) {
          return Modality.NEGATED;
        }
        if (REPORTERS.contains(lemma) && !s.children(c, "aux:pass").isEmpty()) {
          m = Modality.REPORTED; // "X is said to attend", not "X said he would attend"
        } else if (HEDGES.contains(lemma)) {
          m = m == Modality.REPORTED ? m : Modality.UNCERTAIN;
        } else if (PLANNERS.contains(lemma) && m == Modality.ASSERTED) {
          m = Modality.PLANNED;
        }
      }
    }
    return m;
  }
}
