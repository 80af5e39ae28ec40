package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.TextSpan;

/**
 * A gold mention: where the gold names an entity, its type and the gold cluster (entity) it belongs
 * to. Gold entities outside NewsGraph's types (Re-DocRED's {@code LOC}, {@code ORG}, ...) carry a
 * custom type of that name; they take part in relation mapping but are never scored as entities.
 * Immutable.
 *
 * @param span character offsets into {@link GoldDocument#text()}
 * @param type the gold type
 * @param cluster the gold cluster id, a key of {@link GoldDocument#clusters()}
 */
public record GoldMention(TextSpan span, EntityType type, int cluster) {

  /** Validates the mention. */
  public GoldMention {
    requireNonNull(span, "span");
    requireNonNull(type, "type");
  }
}
