package org.newsgraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.newsgraph.relation.RelationType;

/**
 * One edge of a {@link CorpusGraph}: every relation of one type between the same two corpus
 * entities, in any document, with all of their evidence.
 *
 * <p>Obtain one from {@link CorpusGraph#relations()}. Its {@link #confidence()} is the highest of
 * the merged relations'. Immutable and thread-safe.
 *
 * @param type the relation type
 * @param subject the source node
 * @param object the target node
 * @param confidence the highest confidence of the merged relations, in [0, 1]
 * @param evidence the evidence of every merged relation, in batch order; never empty
 */
public record CorpusRelation(
    RelationType type,
    CorpusEntity subject,
    CorpusEntity object,
    double confidence,
    ImmutableList<CorpusEvidence> evidence) {

  /** Validates the relation. */
  public CorpusRelation {
    requireNonNull(type, "type");
    requireNonNull(subject, "subject");
    requireNonNull(object, "object");
    evidence = ImmutableList.copyOf(evidence);
    checkArgument(!evidence.isEmpty(), "corpus relation %s has no evidence", type);
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must be in [0, 1], but was %s",
        confidence);
  }

  /** Returns the ids of the documents that state this relation, in batch order. */
  public ImmutableSet<String> documents() {
    return evidence.stream().map(CorpusEvidence::document).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public String toString() {
    return subject.name() + " -" + type + "-> " + object.name();
  }
}
