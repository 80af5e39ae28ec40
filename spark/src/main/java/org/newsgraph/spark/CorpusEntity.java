package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * An entity of a {@link CorpusGraph}: the entities of all documents that share one canonical key.
 * Immutable.
 *
 * @param key the canonical key, e.g. {@code country:US} or {@code person:joe biden} (see {@link
 *     org.newsgraph.graph.CorpusGraph#key(org.newsgraph.Document, org.newsgraph.entity.Entity)})
 * @param type the type
 * @param name the name most documents use (ties broken alphabetically)
 * @param code the ISO 3166-1 alpha-2 code of a country, else null
 * @param documents how many documents mention it
 * @param mentions how many mentions it has in all documents
 */
public record CorpusEntity(
    String key, EntityType type, String name, @Nullable String code, int documents, int mentions) {

  /** Validates the entity. */
  public CorpusEntity {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    checkArgument(
        documents > 0, "an entity must occur in a document, but documents was %s", documents);
  }

  /** Returns the ISO code of a country, else empty. */
  public Optional<String> isoCode() {
    return Optional.ofNullable(code);
  }
}
