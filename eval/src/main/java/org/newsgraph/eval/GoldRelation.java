package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import org.newsgraph.relation.RelationType;

/**
 * A gold relation between two gold clusters. Immutable; equal relations have equal fields.
 *
 * @param type the relation type
 * @param subject the subject's cluster id
 * @param object the object's cluster id
 */
public record GoldRelation(RelationType type, int subject, int object) {

  /** Validates the relation. */
  public GoldRelation {
    requireNonNull(type, "type");
  }
}
