package org.newsgraph.graph;

import static java.util.Objects.requireNonNull;

import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;

/**
 * One piece of evidence for a {@link CorpusRelation}: the document it comes from, how that document
 * states the relation, and the sentence evidence itself. Immutable.
 *
 * @param document the id of the document
 * @param modality how that document states the relation
 * @param evidence the evidence, with offsets into that document's text
 */
public record CorpusEvidence(String document, Modality modality, Evidence evidence) {

  /** Checks for nulls. */
  public CorpusEvidence {
    requireNonNull(document, "document");
    requireNonNull(modality, "modality");
    requireNonNull(evidence, "evidence");
  }
}
