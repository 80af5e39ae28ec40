package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.newsgraph.relation.RelationType;

/**
 * A relation of a {@link CorpusGraph}: every document's relation of one type between the same two
 * canonical entities. Its evidence stays in the relations table. Immutable.
 *
 * @param type the type
 * @param subject the canonical key of the subject
 * @param object the canonical key of the object
 * @param documents how many documents state it
 * @param confidence the highest confidence of a single document's reading
 */
public record CorpusRelation(
    RelationType type, String subject, String object, int documents, double confidence) {

  /** Validates the relation. */
  public CorpusRelation {
    requireNonNull(type, "type");
    requireNonNull(subject, "subject");
    requireNonNull(object, "object");
    checkArgument(
        documents > 0, "a relation must occur in a document, but documents was %s", documents);
  }
}
