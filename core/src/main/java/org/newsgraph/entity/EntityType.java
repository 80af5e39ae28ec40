package org.newsgraph.entity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The type of an {@link Entity}: one of the built-in types or a user-defined one.
 *
 * <p>Built-in types are constants ({@link #PERSON}, {@link #COUNTRY}, ...). A user-defined type is
 * made with {@link #custom(String)}; two types are equal when their names are equal. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * EntityType weapon = EntityType.custom("WEAPON_SYSTEM");
 * }</pre>
 */
public final class EntityType implements Comparable<EntityType> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** A person, named ("Kassym-Jomart Tokayev") or referred to ("he"). */
  public static final EntityType PERSON = new EntityType("PERSON", true);

  /** A sovereign country, from its name, a variant ("the US") or a demonym ("Kazakh"). */
  public static final EntityType COUNTRY = new EntityType("COUNTRY", true);

  /** A city or town. */
  public static final EntityType CITY = new EntityType("CITY", true);

  /** Any other place: a region, province, state, continent or landmark. */
  public static final EntityType LOCATION = new EntityType("LOCATION", true);

  /** A company, party, agency, team or other organisation. */
  public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION", true);

  /** Something that happens: a parade, summit, election, war, competition. */
  public static final EntityType EVENT = new EntityType("EVENT", true);

  /** A date or period that names a point in time ("May 9th", "2022", "last Tuesday"). */
  public static final EntityType DATE = new EntityType("DATE", true);

  private static final ImmutableList<EntityType> BUILT_IN =
      ImmutableList.of(PERSON, COUNTRY, CITY, LOCATION, ORGANIZATION, EVENT, DATE);

  private final String name;
  private final boolean builtIn;

  private EntityType(String name, boolean builtIn) {
    this.name = name;
    this.builtIn = builtIn;
  }

  /**
   * Returns a user-defined entity type.
   *
   * @param name upper-case letters, digits and underscores, starting with a letter
   * @throws IllegalArgumentException if the name is malformed or names a built-in type
   */
  public static EntityType custom(String name) {
    requireNonNull(name, "name");
    checkArgument(
        NAME.matcher(name).matches(),
        "entity type name must match [A-Z][A-Z0-9_]*, but was '%s'",
        name);
    for (EntityType t : BUILT_IN) {
      checkArgument(
          !t.name.equals(name), "'%s' is a built-in entity type; use EntityType.%s", name, name);
    }
    return new EntityType(name, false);
  }

  /**
   * Returns the built-in type with this name.
   *
   * @throws IllegalArgumentException if no built-in type has this name
   */
  public static EntityType valueOf(String name) {
    requireNonNull(name, "name");
    for (EntityType t : BUILT_IN) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "no built-in entity type is named '" + name + "'; built-in types are " + BUILT_IN);
  }

  /** Returns the built-in types, in declaration order. */
  public static ImmutableList<EntityType> builtIn() {
    return BUILT_IN;
  }

  /** Returns the type's name, e.g. {@code PERSON}. */
  public String name() {
    return name;
  }

  /** Returns whether this is one of the built-in types. */
  public boolean isBuiltIn() {
    return builtIn;
  }

  /** Returns whether this type is a place: {@link #COUNTRY}, {@link #CITY} or {@link #LOCATION}. */
  public boolean isPlace() {
    return this == COUNTRY || this == CITY || this == LOCATION;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EntityType && ((EntityType) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public int compareTo(EntityType o) {
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
