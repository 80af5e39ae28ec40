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

  /** "accepted the invitation to attend", "plans to meet". */
  static final Set<String> PLANNERS =
      Set.of("accept", "agree", "plan", "confirm", "decide", "intend", "promise", "pledge", "vow",
          "prepare", "want", "hope", "invite", "schedule", "set");

  /** "is expected to attend", "may meet". */
  static final Set<String> HEDGES =
      Set.of("expect", "may", "might", "could", "likely", "possible", "consider", "mull", "weigh",
          "reportedly", "rumor", "rumour", "unclear");
}
