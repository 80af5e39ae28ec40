package org.newsgraph.entity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something the document talks about: a person, a country, an event, ... with every mention of it.
 *
 * <p>An entity has a document-unique {@link #id()}, a {@link #type()}, a canonical {@link #name()}
 * (for a country its standard English short name, for a person the longest name used), and its
 * {@link #mentions()} in text order. Countries carry their ISO 3166-1 alpha-2 {@link #code()},
 * dates their normalized {@link #value()} (TIMEX3 style, e.g. {@code XXXX-05-09}), events their
 * {@link #eventClass()}. An event the text names ("Victory Day parade") {@link #isNamed() is
 * named}; one it mentions only by common nouns ("the summit", "talks") is not. Immutable and
 * thread-safe; equal entities have equal fields.
 */
public final class Entity {

  private final String id;
  private final EntityType type;
  private final String name;
  @Nullable private final String code;
  @Nullable private final String value;
  @Nullable private final EventClass eventClass;
  private final boolean named;
  private final ImmutableList<Mention> mentions;

  private Entity(Builder b) {
    this.id = requireNonNull(b.id, "id");
    this.type = requireNonNull(b.type, "type");
    this.name = requireNonNull(b.name, "name");
    checkArgument(!id.isBlank(), "entity id must not be blank");
    checkArgument(!name.isBlank(), "entity name must not be blank");
    this.code = b.code;
    this.value = b.value;
    this.eventClass = b.eventClass;
    this.named = b.named;
    checkArgument(
        eventClass == null || type.equals(EntityType.EVENT),
        "entity %s (%s) is a %s, but only events have an event class; leave eventClass(...) unset",
        id,
        name,
        type);
    checkArgument(
        named || type.equals(EntityType.EVENT),
        "entity %s (%s) is a %s, but only an event can be unnamed; leave named(...) unset",
        id,
        name,
        type);
    this.mentions = b.mentions.build();
    checkArgument(!mentions.isEmpty(), "entity %s (%s) has no mention", id, name);
  }

  /**
   * Returns a builder for an entity; used by the pipeline and by tests that build documents by
   * hand.
   */
  public static Builder builder(String id, EntityType type, String name) {
    return new Builder(id, type, name);
  }

  /** Returns the id, unique within its document (e.g. {@code e3}). */
  public String id() {
    return id;
  }

  /** Returns the type. */
  public EntityType type() {
    return type;
  }

  /** Returns the canonical name. */
  public String name() {
    return name;
  }

  /** Returns the ISO 3166-1 alpha-2 code of a country entity, empty for other types. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Returns the normalized value of a date entity (e.g. {@code XXXX-05-09}), else empty. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the class of an event entity ({@code MEETING} for "the summit", {@code ELECTION} for
   * "the 2001 Italian general election"), empty for other types and for an event whose head noun
   * has no class.
   */
  public Optional<EventClass> eventClass() {
    return Optional.ofNullable(eventClass);
  }

  /**
   * Returns whether the document names this entity. Only an event can be unnamed: one the text
   * mentions by common nouns alone ("the summit", "next week's trade meeting", "talks"), which gold
   * sets of named entities (DWIE, CrossNER) do not annotate.
   */
  public boolean isNamed() {
    return named;
  }

  /** Returns the mentions in text order; never empty. */
  public ImmutableList<Mention> mentions() {
    return mentions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Entity)) {
      return false;
    }
    Entity e = (Entity) o;
    return id.equals(e.id)
        && type.equals(e.type)
        && name.equals(e.name)
        && Objects.equals(code, e.code)
        && Objects.equals(value, e.value)
        && Objects.equals(eventClass, e.eventClass)
        && named == e.named
        && mentions.equals(e.mentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, name, code, value);
  }

  @Override
  public String toString() {
    return type
        + "("
        + name
        + (code != null ? ", " + code : "")
        + (value != null ? ", " + value : "")
        + (eventClass != null ? ", " + eventClass : "")
        + (named ? "" : ", unnamed")
        + ")#"
        + id;
  }

  /** Builds an {@link Entity}; not thread-safe, used once. */
  public static final class Builder {
    private final String id;
    private final EntityType type;
    private final String name;
    @Nullable private String code;
    @Nullable private String value;
    @Nullable private EventClass eventClass;
    private boolean named = true;
    private final ImmutableList.Builder<Mention> mentions = ImmutableList.builder();

    private Builder(String id, EntityType type, String name) {
      this.id = requireNonNull(id, "id");
      this.type = requireNonNull(type, "type");
      this.name = requireNonNull(name, "name");
    }

    /** Sets the ISO 3166-1 alpha-2 code (two upper-case letters). */
    public Builder code(String code) {
      requireNonNull(code, "code");
      checkArgument(
          code.matches("[A-Z]{2}"),
          "country code must be two upper-case letters, but was '%s'",
          code);
      this.code = code;
      return this;
    }

    /** Sets the normalized value of a date. */
    public Builder value(String value) {
      this.value = requireNonNull(value, "value");
      return this;
    }

    /** Sets the class of an event. */
    public Builder eventClass(EventClass eventClass) {
      this.eventClass = requireNonNull(eventClass, "eventClass");
      return this;
    }

    /**
     * Sets whether the document names the entity (default {@code true}); {@code false} for an event
     * mentioned only by common nouns.
     */
    public Builder named(boolean named) {
      this.named = named;
      return this;
    }

    /** Adds a mention. */
    public Builder mention(Mention mention) {
      mentions.add(requireNonNull(mention, "mention"));
      return this;
    }

    /** Returns the entity. */
    public Entity build() {
      return new Entity(this);
    }
  }
}
