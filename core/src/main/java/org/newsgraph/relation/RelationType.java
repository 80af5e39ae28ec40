package org.newsgraph.relation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.DATE;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.LOCATION;
import static org.newsgraph.entity.EntityType.ORGANIZATION;
import static org.newsgraph.entity.EntityType.PERSON;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * The type of a {@link Relation}, with the entity types it may connect.
 *
 * <p>Built-in types are constants ({@link #LEADER_OF}, {@link #ATTENDS}, ...); a user-defined one
 * is made with {@link #custom(String, java.util.Set, java.util.Set)}. Two relation types are equal
 * when their names are equal. Immutable and thread-safe.
 *
 * <pre>{@code
 * RelationType meets = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));
 * }</pre>
 */
public final class RelationType implements Comparable<RelationType> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * A person leads a country, a city or region (a mayor, a governor) or an organisation; attribute
   * {@code title}.
   */
  public static final RelationType LEADER_OF =
      new RelationType(
          "LEADER_OF",
          ImmutableSet.of(PERSON),
          ImmutableSet.of(COUNTRY, CITY, LOCATION, ORGANIZATION));

  /** A person, a country or an organisation (an armed force in a war) takes part in an event. */
  public static final RelationType ATTENDS =
      new RelationType(
          "ATTENDS", ImmutableSet.of(PERSON, COUNTRY, ORGANIZATION), ImmutableSet.of(EVENT));

  /** An event, city or location lies in a place. */
  public static final RelationType LOCATED_IN =
      new RelationType(
          "LOCATED_IN",
          ImmutableSet.of(EVENT, CITY, LOCATION),
          ImmutableSet.of(COUNTRY, CITY, LOCATION));

  /** An event happens on a date. */
  public static final RelationType ON_DATE =
      new RelationType("ON_DATE", ImmutableSet.of(EVENT), ImmutableSet.of(DATE));

  /** An event is hosted by a country or an organisation. */
  public static final RelationType HOSTED_BY =
      new RelationType("HOSTED_BY", ImmutableSet.of(EVENT), ImmutableSet.of(COUNTRY, ORGANIZATION));

  /** A person is a citizen or national of a country. */
  public static final RelationType CITIZEN_OF =
      new RelationType("CITIZEN_OF", ImmutableSet.of(PERSON), ImmutableSet.of(COUNTRY));

  private static final ImmutableList<RelationType> BUILT_IN =
      ImmutableList.of(LEADER_OF, ATTENDS, LOCATED_IN, ON_DATE, HOSTED_BY, CITIZEN_OF);

  private final String name;
  private final ImmutableSet<EntityType> subjectTypes;
  private final ImmutableSet<EntityType> objectTypes;
  private final boolean builtIn;

  private RelationType(
      String name, ImmutableSet<EntityType> subjectTypes, ImmutableSet<EntityType> objectTypes) {
    this(name, subjectTypes, objectTypes, true);
  }

  private RelationType(
      String name,
      ImmutableSet<EntityType> subjectTypes,
      ImmutableSet<EntityType> objectTypes,
      boolean builtIn) {
    this.name = name;
    this.subjectTypes = subjectTypes;
    this.objectTypes = objectTypes;
    this.builtIn = builtIn;
  }

  /**
   * Returns a user-defined relation type.
   *
   * @param name upper-case letters, digits and underscores, starting with a letter
   * @param subjectTypes the entity types its subject may have; not empty
   * @param objectTypes the entity types its object may have; not empty
   * @throws IllegalArgumentException if the name is malformed or taken by a built-in type, or a set
   *     of types is empty
   */
  public static RelationType custom(
      String name, java.util.Set<EntityType> subjectTypes, java.util.Set<EntityType> objectTypes) {
    requireNonNull(name, "name");
    requireNonNull(subjectTypes, "subjectTypes");
    requireNonNull(objectTypes, "objectTypes");
    checkArgument(
        NAME.matcher(name).matches(),
        "relation type name must match [A-Z][A-Z0-9_]*, but was '%s'",
        name);
    for (RelationType t : BUILT_IN) {
      checkArgument(
          !t.name.equals(name),
          "'%s' is a built-in relation type; use RelationType.%s",
          name,
          name);
    }
    checkArgument(
        !subjectTypes.isEmpty(), "relation type %s needs at least one subject type", name);
    checkArgument(!objectTypes.isEmpty(), "relation type %s needs at least one object type", name);
    return new RelationType(
        name, ImmutableSet.copyOf(subjectTypes), ImmutableSet.copyOf(objectTypes), false);
  }

  /**
   * Returns the built-in relation type with this name.
   *
   * @throws IllegalArgumentException if no built-in type has this name
   */
  public static RelationType valueOf(String name) {
    requireNonNull(name, "name");
    for (RelationType t : BUILT_IN) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "no built-in relation type is named '" + name + "'; built-in types are " + BUILT_IN);
  }

  /** Returns the built-in relation types in declaration order. */
  public static ImmutableList<RelationType> builtIn() {
    return BUILT_IN;
  }

  /** Returns the name, e.g. {@code LEADER_OF}. */
  public String name() {
    return name;
  }

  /** Returns the entity types a subject may have. */
  public ImmutableSet<EntityType> subjectTypes() {
    return subjectTypes;
  }

  /** Returns the entity types an object may have. */
  public ImmutableSet<EntityType> objectTypes() {
    return objectTypes;
  }

  /** Returns whether this is a built-in type. */
  public boolean isBuiltIn() {
    return builtIn;
  }

  /** Returns whether a relation of this type may connect a subject and an object of these types. */
  public boolean accepts(EntityType subject, EntityType object) {
    return subjectTypes.contains(subject) && objectTypes.contains(object);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RelationType && ((RelationType) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public int compareTo(RelationType o) {
    int a = BUILT_IN.indexOf(this);
    int b = BUILT_IN.indexOf(o);
    if (a >= 0 && b >= 0) {
      return Integer.compare(a, b);
    }
    if (a >= 0 || b >= 0) {
      return a >= 0 ? -1 : 1;
    }
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
