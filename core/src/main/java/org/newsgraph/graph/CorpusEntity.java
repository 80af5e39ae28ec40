package org.newsgraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * One node of a {@link CorpusGraph}: the entities of several documents that share one canonical
 * identity, such as every mention of Kazakhstan in a batch of articles.
 *
 * <p>Its {@link #key()} is that identity (see {@link CorpusGraph#key(org.newsgraph.Document,
 * org.newsgraph.entity.Entity)}); its name is the one first seen (for a person the longest one).
 * Obtain one from {@link CorpusGraph#entities()}. Immutable and thread-safe; two corpus entities
 * are equal when all their fields are.
 */
public final class CorpusEntity {

  private final String key;
  private final EntityType type;
  private final String name;
  private final @Nullable String code;
  private final @Nullable String value;
  private final ImmutableSet<String> documents;
  private final int mentions;

  CorpusEntity(
      String key,
      EntityType type,
      String name,
      @Nullable String code,
      @Nullable String value,
      ImmutableSet<String> documents,
      int mentions) {
    this.key = requireNonNull(key, "key");
    this.type = requireNonNull(type, "type");
    this.name = requireNonNull(name, "name");
    this.code = code;
    this.value = value;
    this.documents = requireNonNull(documents, "documents");
    checkArgument(mentions > 0, "corpus entity %s has no mention", key);
    this.mentions = mentions;
  }

  /**
   * Returns the canonical identity, e.g. {@code country:KZ}, {@code date:2024-03-01} or {@code
   * person:vladimir putin}.
   */
  public String key() {
    return key;
  }

  /** Returns the type. */
  public EntityType type() {
    return type;
  }

  /** Returns the display name. */
  public String name() {
    return name;
  }

  /** Returns the ISO 3166-1 alpha-2 code of a country, empty for other types. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Returns the normalised value of a date (TIMEX3 style, e.g. {@code 2024-03-01}), else empty. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** Returns the ids of the documents that mention this entity, in batch order. */
  public ImmutableSet<String> documents() {
    return documents;
  }

  /** Returns how many mentions the merged entities have in all documents together. */
  public int mentions() {
    return mentions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CorpusEntity)) {
      return false;
    }
    CorpusEntity e = (CorpusEntity) o;
    return key.equals(e.key)
        && type.equals(e.type)
        && name.equals(e.name)
        && Objects.equals(code, e.code)
        && Objects.equals(value, e.value)
        && documents.equals(e.documents)
        && mentions == e.mentions;
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return type + "(" + name + ")#" + key;
  }
}
