package org.newsgraph.internal.pipeline;

import java.util.Set;

/**
 * The words that set a relation's modality, shared by the built-in and the user-defined rules:
 * governing verbs that deny it, plan it or hedge it.
 */
final class ModalityWords {

  private ModalityWords() {}

  /** "declined to attend", "failed to meet", "skipped the summit". */
  static final Set<String> NEGATORS =
      Set.of("decline", "refuse", "reject", "skip", "boycott", "snub", "shun", "cancel", "miss",
          "deny", "fail");

  /**
   * "accepted the invitation to attend", "plans to meet", "is expected to attend", "is due to
   * attend": news reports what is scheduled as planned, not as doubtful.
   */
  static final Set<String> PLANNERS =
      Set.of("accept", "agree", "plan", "confirm", "decide", "intend", "promise", "pledge", "vow",
          "prepare", "want", "hope", "invite", "schedule", "set", "expect", "due", "slate");

  /** "may meet", "is likely to meet", "is considering attending". */
  static final Set<String> HEDGES =
      Set.of("may", "might", "could", "likely", "possible", "consider", "mull", "weigh", "unclear");

  /** "is said to attend", "is reported to have met": a claim the story passes on. */
  static final Set<String> REPORTERS =
      Set.of("say", "report", "believe", "think", "rumor", "rumour", "allege", "claim", "understand");

  /** "reportedly met", "allegedly attended". */
  static final Set<String> REPORTING_ADVERBS =
      Set.of("reportedly", "allegedly", "purportedly", "supposedly", "apparently");
}
