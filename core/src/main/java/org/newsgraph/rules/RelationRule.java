package org.newsgraph.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A typed rule that reads a relation from a verb and its dependents: a verb lemma, the entity
 * types of its subject ({@code nsubj}) and object ({@code obj} or {@code obl:with} by default), and
 * the relation type it gives. "Putin met Xi", "Putin met with Xi and Modi" and "Xi was met by
 * Putin" all give {@code MEETS(Putin, Xi)} under
 *
 * <pre>{@code
 * RelationType meets = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));
 * RelationRule rule = RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(meets);
 * Extractor extractor = Extractor.builder().rule(rule).build();
 * }</pre>
 *
 * <p>Coordination comes from the enhanced dependencies: "Putin and Lukashenko met Xi" gives two
 * relations. The relation's {@link org.newsgraph.relation.Modality} is read around the verb: "did
 * not meet" and "never met" are {@code NEGATED}, "will meet" is {@code PLANNED}, "may meet" and "is
 * expected to meet" are {@code UNCERTAIN}. Rules can also be written in a file; see {@link
 * #fromFile(Path)}. Immutable and thread-safe.
 */
public final class RelationRule {

  /** The object relations a rule uses unless told otherwise. */
  public static final ImmutableSet<String> DEFAULT_OBJECT_RELATIONS = ImmutableSet.of("obj", "obl:with");

  private static final Pattern LEMMA = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern OBJECT_RELATION =
      Pattern.compile("obj|iobj|obl:[a-z_]+|nmod:[a-z_]+|obl");

  private final ImmutableSet<String> verbs;
  private final ImmutableSet<EntityType> subjectTypes;
  private final ImmutableSet<EntityType> objectTypes;
  private final ImmutableSet<String> objectRelations;
  private final RelationType type;
  private final String origin;

  private RelationRule(
      ImmutableSet<String> verbs,
      ImmutableSet<EntityType> subjectTypes,
      ImmutableSet<EntityType> objectTypes,
      ImmutableSet<String> objectRelations,
      RelationType type,
      String origin) {
    this.verbs = verbs;
    this.subjectTypes = subjectTypes;
    this.objectTypes = objectTypes;
    this.objectRelations = objectRelations;
    this.type = type;
    this.origin = origin;
  }

  /**
   * Starts a rule triggered by these verb lemmas ("meet", "sanction"); lemmas are lower-case.
   *
   * @throws IllegalArgumentException if a lemma is not lower-case letters and hyphens
   */
  public static Builder verb(String lemma, String... more) {
    requireNonNull(lemma, "lemma");
    requireNonNull(more, "more");
    ImmutableSet<String> lemmas = ImmutableSet.<String>builder().add(lemma).add(more).build();
    for (String l : lemmas) {
      checkArgument(
          LEMMA.matcher(l).matches(),
          "a verb lemma is lower-case letters and hyphens, such as 'meet', but was '%s'",
          l);
    }
    return new Builder(lemmas);
  }

  /**
   * Reads a rules file (UTF-8): one rule per line, blank lines and {@code #} comments skipped.
   *
   * <pre>
   * # NAME(SUBJECT_TYPES, OBJECT_TYPES): verb LEMMA[, LEMMA...] [via RELATION[, RELATION...]]
   * MEETS(PERSON, PERSON): verb meet
   * SANCTIONS(COUNTRY|ORGANIZATION, COUNTRY): verb sanction, blacklist
   * VISITS(PERSON, COUNTRY|CITY): verb visit, travel via obj, obl:to
   * </pre>
   *
   * <p>{@code NAME} is a built-in relation type (whose entity types must then admit the declared
   * ones) or a new one, created with the declared types; several lines may give one type if they
   * declare the same types. Types are separated by {@code |}; {@code via} replaces the default
   * object relations {@code obj, obl:with}.
   *
   * @throws IllegalArgumentException if a line is malformed; the message gives the rule's name,
   *     the file, the line and the column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ImmutableList<RelationRule> fromFile(Path file) {
    requireNonNull(file, "file");
    try {
      return fromString(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads rules in the {@link #fromFile file format} from a string; {@code source} names it in
   * messages.
   *
   * @throws IllegalArgumentException if a line is malformed
   */
  public static ImmutableList<RelationRule> fromString(String source, String text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    return new RuleFileParser(source).parse(text);
  }

  static RelationRule create(
      ImmutableSet<String> verbs,
      ImmutableSet<EntityType> subjectTypes,
      ImmutableSet<EntityType> objectTypes,
      ImmutableSet<String> objectRelations,
      RelationType type,
      String origin) {
    for (EntityType t : subjectTypes) {
      checkArgument(
          type.subjectTypes().contains(t),
          "rule '%s': %s takes subjects %s, but the rule's subject may be %s; declare %s"
              + " with that subject type, or narrow the rule",
          origin,
          type,
          type.subjectTypes(),
          t,
          type);
    }
    for (EntityType t : objectTypes) {
      checkArgument(
          type.objectTypes().contains(t),
          "rule '%s': %s takes objects %s, but the rule's object may be %s; declare %s"
              + " with that object type, or narrow the rule",
          origin,
          type,
          type.objectTypes(),
          t,
          type);
    }
    for (String r : objectRelations) {
      checkArgument(
          OBJECT_RELATION.matcher(r).matches(),
          "rule '%s': '%s' is not an object relation; use obj, iobj, or obl:PREPOSITION such as"
              + " obl:with",
          origin,
          r);
    }
    return new RelationRule(verbs, subjectTypes, objectTypes, objectRelations, type, origin);
  }

  /** Returns the verb lemmas that trigger the rule. */
  public ImmutableSet<String> verbs() {
    return verbs;
  }

  /** Returns the entity types the subject may have. */
  public ImmutableSet<EntityType> subjectTypes() {
    return subjectTypes;
  }

  /** Returns the entity types the object may have. */
  public ImmutableSet<EntityType> objectTypes() {
    return objectTypes;
  }

  /** Returns the dependency relations that attach the object to the verb, e.g. {@code obj}. */
  public ImmutableSet<String> objectRelations() {
    return objectRelations;
  }

  /** Returns the relation type the rule gives. */
  public RelationType type() {
    return type;
  }

  /**
   * Returns where the rule was written, for messages: {@code rules.txt line 3 (MEETS)} for a file,
   * the rule's text for one built in Java.
   */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return origin;
  }

  /** The steps of a rule after {@link #verb}; {@link #gives} ends it. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSet<String> verbs;
    private @Nullable ImmutableSet<EntityType> subjectTypes;
    private @Nullable ImmutableSet<EntityType> objectTypes;
    private @Nullable ImmutableSet<String> objectRelations;

    private Builder(ImmutableSet<String> verbs) {
      this.verbs = verbs;
    }

    ImmutableSet<String> verbsForParser() {
      return verbs;
    }

    /**
     * Sets the entity types the subject may have (default: all the relation type's subject types).
     *
     * @throws IllegalStateException if already set
     */
    public Builder subject(EntityType... types) {
      requireNonNull(types, "types");
      checkState(subjectTypes == null, "subject types were already set to %s", subjectTypes);
      checkArgument(types.length > 0, "subject(...) needs at least one entity type");
      subjectTypes = ImmutableSet.copyOf(types);
      return this;
    }

    /**
     * Sets the entity types the object may have (default: all the relation type's object types).
     *
     * @throws IllegalStateException if already set
     */
    public Builder object(EntityType... types) {
      requireNonNull(types, "types");
      checkState(objectTypes == null, "object types were already set to %s", objectTypes);
      checkArgument(types.length > 0, "object(...) needs at least one entity type");
      objectTypes = ImmutableSet.copyOf(types);
      return this;
    }

    /**
     * Sets the dependency relations that attach the object (default {@link
     * #DEFAULT_OBJECT_RELATIONS}): {@code obj}, {@code iobj}, or {@code obl:} and a preposition,
     * e.g. {@code objectVia("obl:to")} for "travelled to Paris".
     *
     * @throws IllegalStateException if already set
     */
    public Builder objectVia(String... relations) {
      requireNonNull(relations, "relations");
      checkState(objectRelations == null, "object relations were already set to %s", objectRelations);
      checkArgument(relations.length > 0, "objectVia(...) needs at least one relation");
      objectRelations = ImmutableSet.copyOf(relations);
      return this;
    }

    /**
     * Ends the rule with the relation type it gives.
     *
     * @throws IllegalArgumentException if the type cannot connect the rule's subject and object
     *     types, or an object relation is not one
     */
    public RelationRule gives(RelationType type) {
      requireNonNull(type, "type");
      ImmutableSet<EntityType> s = subjectTypes != null ? subjectTypes : type.subjectTypes();
      ImmutableSet<EntityType> o = objectTypes != null ? objectTypes : type.objectTypes();
      ImmutableSet<String> rels = objectRelations != null ? objectRelations : DEFAULT_OBJECT_RELATIONS;
      String origin =
          "verb "
              + String.join(", ", verbs)
              + " ("
              + join(s)
              + " -> "
              + join(o)
              + (rels.equals(DEFAULT_OBJECT_RELATIONS) ? "" : " via " + String.join(", ", rels))
              + ") gives "
              + type;
      return create(verbs, s, o, rels, type, origin);
    }

    private static String join(ImmutableSet<EntityType> types) {
      return String.join("|", Arrays.asList(types.stream().map(EntityType::name).toArray(String[]::new)));
    }
  }
}
