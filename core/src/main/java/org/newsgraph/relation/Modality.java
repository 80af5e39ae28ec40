package org.newsgraph.relation;

/** How the text states a relation. */
public enum Modality {
  /** Stated as a fact: "X attended E", "X is the president of Y". */
  ASSERTED,
  /** Stated as intended or agreed: "X will attend E", "X accepted the invitation to attend E". */
  PLANNED,
  /** Reported as uncertain or expected: "X may attend E", "X is expected to attend E". */
  UNCERTAIN,
  /** Denied: "X declined to attend E", "X did not attend E". */
  NEGATED
}
