package org.newsgraph.relation;

/** How the text states a relation. */
public enum Modality {
  /** Stated as a fact: "X attended E", "X is the president of Y". */
  ASSERTED,
  /**
   * Stated as intended, agreed or scheduled: "X will attend E", "X accepted the invitation to
   * attend E", "X is expected to attend E", "X is due to attend E", "X said he would attend E".
   */
  PLANNED,
  /** Stated as possible: "X may attend E", "X is likely to attend E". */
  UNCERTAIN,
  /**
   * Passed on as a claim the story does not stand behind: "X is said to attend E", "X reportedly
   * attended E".
   */
  REPORTED,
  /** Denied: "X declined to attend E", "X did not attend E". */
  NEGATED
}
