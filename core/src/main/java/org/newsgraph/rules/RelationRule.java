package org.newsgraph.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A typed rule that reads a relation from a sentence's dependencies. It has one of three triggers:
 *
 * <ul>
 *   <li>a <b>verb</b>: the subject ({@code nsubj}) and object ({@code obj} or {@code obl:with} by
 *       default) of a verb lemma. "Putin met Xi", "Putin met with Xi and Modi" and "Xi was met by
 *       Putin" all give {@code MEETS(Putin, Xi)} under {@code
 *       RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(meets)}. A lemma may be a
 *       verb and one fixed word: {@code verb("take part")}.
 *   <li>a <b>noun</b>: the owner of a noun ("Putin's meeting with Xi") or the subject of the verb
 *       it is the object of ("Putin accepted the invitation to the summit"), and the noun's object
 *       ({@code nmod:of} or {@code nmod:with} by default).
 *   <li>a <b>title</b>: a person named with a title and the entity the title is of. "Kazakh
 *       President X", "Tajikistan's President X", "President of Chile X", "X, the president of Y",
 *       "X is Y's prime minister", and "X leads Y" (the title "leader") all give {@code LEADER_OF}
 *       under the built-in rule {@code title("president", "prime minister", ...)}. A title word
 *       before the title ("former", "-elect") sets the relation's {@code time} attribute to {@code
 *       FORMER} or {@code FUTURE}.
 * </ul>
 *
 * <p>NewsGraph's own LEADER_OF and ATTENDS relations come from rules of this class, listed by
 * {@link #builtIn()}; a user's rules run beside them. Subjects and objects come through control
 * ("decided to attend"), coordination ("Putin and Lukashenko met Xi") and relative clauses, as the
 * enhanced dependencies give them; pronouns and titles count as the person they refer to. The
 * relation's {@link org.newsgraph.relation.Modality} is read around the trigger: "did not meet",
 * "never met" and "declined to meet" are {@code NEGATED}, "will meet" and "agreed to meet" are
 * {@code PLANNED}, as are "is expected to meet" and "is due to meet"; "may meet" is {@code
 * UNCERTAIN} and "is said to have met" {@code REPORTED}. Rules can also be written in a file; see
 * {@link #fromFile(Path)}. Immutable and thread-safe.
 */
public final class RelationRule {

  /** What sets a rule off. */
  public enum Trigger {
    /** A verb lemma with its subject and object. */
    VERB,
    /** A noun lemma with its owner and object. */
    NOUN,
    /** A title naming a person, with the entity it is the title of. */
    TITLE
  }

  /** The object relations a verb rule uses unless told otherwise. */
  public static final ImmutableSet<String> DEFAULT_OBJECT_RELATIONS =
      ImmutableSet.of("obj", "obl:with");

  /** The object relations a noun rule uses unless told otherwise. */
  public static final ImmutableSet<String> DEFAULT_NOUN_OBJECT_RELATIONS =
      ImmutableSet.of("nmod:of", "nmod:with");

  /** The confidence of a rule's readings unless told otherwise. */
  public static final double DEFAULT_CONFIDENCE = 0.7;

  private static final Pattern LEMMA = Pattern.compile("[a-z][a-z-]*( [a-z]+)?");
  private static final Pattern NOUN_LEMMA = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern TITLE = Pattern.compile("[a-z][a-z'-]*( [a-z][a-z'-]*)*");
  private static final Pattern OBJECT_RELATION =
      Pattern.compile("obj|iobj|obl:[a-z_]+|nmod:[a-z_]+|obl|compound");
  private static final String BUILT_IN = "/org/newsgraph/rules/builtin.rules";

  /** What a rule's name looks like: the name evidence gives as {@code foundBy}. */
  static final Pattern RULE_NAME = Pattern.compile("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)?");

  private static volatile @Nullable ImmutableList<RelationRule> builtIn;

  private final Trigger trigger;
  private final ImmutableSet<String> words;
  private final ImmutableSet<EntityType> subjectTypes;
  private final ImmutableSet<EntityType> objectTypes;
  private final ImmutableSet<String> objectRelations;
  private final boolean impliedObject;
  private final double confidence;
  private final RelationType type;
  private final String origin;
  private final String name;

  private RelationRule(Spec spec, RelationType type, String origin, String name) {
    this.trigger = spec.trigger;
    this.words = spec.words;
    this.subjectTypes = spec.subjectTypes;
    this.objectTypes = spec.objectTypes;
    this.objectRelations = spec.objectRelations;
    this.impliedObject = spec.impliedObject;
    this.confidence = spec.confidence;
    this.type = type;
    this.origin = origin;
    this.name = name;
  }

  /**
   * Starts a rule triggered by these verb lemmas ("meet", "sanction"), lower-case; a lemma may be
   * followed by one fixed word that must depend on the verb ("take part", "set off").
   *
   * @throws IllegalArgumentException if a lemma is not of that form
   */
  public static Builder verb(String lemma, String... more) {
    return new Builder(Trigger.VERB, words(Trigger.VERB, lemma, more));
  }

  /**
   * Starts a rule triggered by these noun lemmas ("meeting", "attendance"), lower-case.
   *
   * @throws IllegalArgumentException if a lemma is not lower-case letters and hyphens
   */
  public static Builder noun(String lemma, String... more) {
    return new Builder(Trigger.NOUN, words(Trigger.NOUN, lemma, more));
  }

  /**
   * Starts a rule triggered by these titles ("president", "prime minister"), lower-case, one or
   * more words. The subject is the person holding the title; a title rule's subject type is {@code
   * PERSON}.
   *
   * @throws IllegalArgumentException if a title is not lower-case words
   */
  public static Builder title(String title, String... more) {
    return new Builder(Trigger.TITLE, words(Trigger.TITLE, title, more));
  }

  /** Checks and collects a rule's trigger words; also used by the rules-file parser. */
  static ImmutableSet<String> words(Trigger trigger, String first, String... more) {
    requireNonNull(first, "first");
    requireNonNull(more, "more");
    ImmutableSet<String> words = ImmutableSet.<String>builder().add(first).add(more).build();
    for (String w : words) {
      requireNonNull(w, "a trigger word");
      checkArgument(
          wordPattern(trigger).matcher(w).matches(), "%s, but was '%s'", describe(trigger), w);
    }
    return words;
  }

  private static Pattern wordPattern(Trigger trigger) {
    switch (trigger) {
      case VERB:
        return LEMMA;
      case NOUN:
        return NOUN_LEMMA;
      default:
        return TITLE;
    }
  }

  private static String describe(Trigger trigger) {
    switch (trigger) {
      case VERB:
        return "a verb lemma is lower-case letters and hyphens, such as 'meet', optionally followed"
            + " by one fixed word, such as 'take part'";
      case NOUN:
        return "a noun lemma is lower-case letters and hyphens, such as 'meeting'";
      default:
        return "a title is lower-case words, such as 'prime minister'";
    }
  }

  /**
   * Returns the rules NewsGraph's built-in LEADER_OF and ATTENDS relations come from (and
   * CITIZEN_OF from "X represented Norway" and "X grew up in Austria"; its other readings come from
   * built-in stages), read from the classpath resource {@code org/newsgraph/rules/builtin.rules} in
   * the {@link #fromFile file format}. An extractor runs those whose relation type it extracts.
   */
  public static ImmutableList<RelationRule> builtIn() {
    ImmutableList<RelationRule> rules = builtIn;
    if (rules == null) {
      try (InputStream in = RelationRule.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("resource " + BUILT_IN + " is missing from the jar");
        }
        rules = fromString("builtin.rules", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUILT_IN + ": " + e.getMessage(), e);
      }
      builtIn = rules;
    }
    return rules;
  }

  /**
   * Reads a rules file (UTF-8): one rule per line, blank lines and {@code #} comments skipped.
   *
   * <pre>
   * # NAME(SUBJECT_TYPES, OBJECT_TYPES): TRIGGER WORD[, WORD...] [via RELATION[, ...]] [implied] [confidence C]
   * MEETS(PERSON, PERSON): verb meet
   * MEETS(PERSON, PERSON): noun meeting, talks via nmod:with
   * SANCTIONS(COUNTRY|ORGANIZATION, COUNTRY): verb sanction, blacklist
   * VISITS(PERSON, COUNTRY|CITY): verb visit, travel via obj, obl:to
   * ATTENDS(PERSON, EVENT): verb take part via obl:in confidence 0.8
   * MAYOR_OF(PERSON, CITY): title mayor, lord mayor
   * </pre>
   *
   * <p>{@code TRIGGER} is {@code verb}, {@code noun} or {@code title}. {@code NAME} is a built-in
   * relation type (whose entity types must then admit the declared ones) or a new one, created with
   * the declared types; several lines may give one type if they declare the same types. Types are
   * separated by {@code |}. {@code via} replaces the default object relations; {@code implied} and
   * {@code confidence} are {@link Builder#impliedObject()} and {@link Builder#confidence}.
   *
   * @throws IllegalArgumentException if a line is malformed; the message gives the rule's name, the
   *     file, the line and the column
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
    int block = RulesFile.firstBlock(text);
    checkArgument(
        block < 0,
        "rules file %s line %s starts a pattern rule ('rule:'); read the file with"
            + " RulesFile.fromFile(path), or give it to Extractor.builder().rules(path)",
        source,
        block);
    return new RuleFileParser(source).parse(text);
  }

  /** Everything of a rule but its type and origin; checked by {@link #create}. */
  record Spec(
      Trigger trigger,
      ImmutableSet<String> words,
      ImmutableSet<EntityType> subjectTypes,
      ImmutableSet<EntityType> objectTypes,
      ImmutableSet<String> objectRelations,
      boolean impliedObject,
      double confidence) {}

  /**
   * The name a rule gets when none is given: the relation type, the subject types, the trigger and
   * its first word, lower-case and joined by hyphens, such as {@code attends-person-verb-attend}.
   */
  static String defaultName(Spec spec, RelationType type) {
    return (type.name()
            + "-"
            + spec.subjectTypes.stream().map(EntityType::name).collect(Collectors.joining("-"))
            + "-"
            + spec.trigger.name()
            + "-"
            + spec.words.iterator().next())
        .toLowerCase(Locale.ROOT)
        .replace('_', '-')
        .replace(' ', '-');
  }

  /** Checks a rule name given by a user: lower-case letters, digits and hyphens, from a letter. */
  static String checkName(String name) {
    checkArgument(
        RULE_NAME.matcher(name).matches() && !name.contains("/"),
        "a rule name is lower-case letters, digits and hyphens, starting with a letter, such as"
            + " 'meets-verb-meet', but was '%s'",
        name);
    return name;
  }

  static RelationRule create(Spec spec, RelationType type, String origin, String name) {
    checkArgument(
        RULE_NAME.matcher(name).matches(),
        "rule '%s': a rule name is lower-case letters, digits and hyphens, starting with a letter,"
            + " such as 'meets-verb-meet', but was '%s'",
        origin,
        name);
    for (EntityType t : spec.subjectTypes) {
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
    for (EntityType t : spec.objectTypes) {
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
    for (String r : spec.objectRelations) {
      checkArgument(
          OBJECT_RELATION.matcher(r).matches(),
          "rule '%s': '%s' is not an object relation; use obj, iobj, or obl:PREPOSITION such as"
              + " obl:with (nmod:PREPOSITION or compound for a noun)",
          origin,
          r);
    }
    if (spec.trigger == Trigger.TITLE) {
      checkArgument(
          spec.subjectTypes.equals(ImmutableSet.of(EntityType.PERSON)),
          "rule '%s': a title rule's subject is the person who holds the title, but the rule's"
              + " subject may be %s; use subject(PERSON), or a relation type whose subject is PERSON",
          origin,
          spec.subjectTypes);
      checkArgument(
          spec.objectRelations.isEmpty(),
          "rule '%s': a title rule finds its object through the title ('president of X'), not"
              + " through object relations; remove %s",
          origin,
          spec.objectRelations);
      checkArgument(
          !spec.impliedObject,
          "rule '%s': a title rule names its object; remove the implied object",
          origin);
    }
    checkArgument(
        spec.confidence > 0 && spec.confidence <= 1,
        "rule '%s': confidence must be in (0, 1], but was %s",
        origin,
        spec.confidence);
    return new RelationRule(spec, type, origin, name);
  }

  /** Returns what sets the rule off. */
  public Trigger trigger() {
    return trigger;
  }

  /** Returns the verb lemmas, noun lemmas or titles that trigger the rule. */
  public ImmutableSet<String> words() {
    return words;
  }

  /** Returns the entity types the subject may have. */
  public ImmutableSet<EntityType> subjectTypes() {
    return subjectTypes;
  }

  /** Returns the entity types the object may have. */
  public ImmutableSet<EntityType> objectTypes() {
    return objectTypes;
  }

  /**
   * Returns the dependency relations that attach the object to the verb or noun, e.g. {@code obj};
   * empty for a title rule.
   */
  public ImmutableSet<String> objectRelations() {
    return objectRelations;
  }

  /**
   * Returns whether a trigger with no object ("X will attend") links to the object the document is
   * about; see {@link Builder#impliedObject()}.
   */
  public boolean impliedObject() {
    return impliedObject;
  }

  /** Returns the confidence of the rule's readings. */
  public double confidence() {
    return confidence;
  }

  /** Returns the relation type the rule gives. */
  public RelationType type() {
    return type;
  }

  /**
   * Returns where the rule was written, for messages: {@code rules.txt line 3 (MEETS)} for a file,
   * the rule's text for one built in Java.
   */
  /**
   * Returns the rule's name, which the evidence of its relations gives as {@link
   * org.newsgraph.relation.Evidence#foundBy()}: the name given to {@link Builder#named}, else one
   * made of the relation type, subject types, trigger and first word ({@code
   * attends-person-verb-attend}). A title rule's relations add how the title was read after a slash
   * ({@code leader-of-person-title-president/country-title-name}).
   */
  public String name() {
    return name;
  }

  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return origin;
  }

  /**
   * The steps of a rule after {@link #verb}, {@link #noun} or {@link #title}; {@link #gives} ends
   * it. Not thread-safe.
   */
  public static final class Builder {
    private final Trigger trigger;
    private final ImmutableSet<String> words;
    private @Nullable ImmutableSet<EntityType> subjectTypes;
    private @Nullable ImmutableSet<EntityType> objectTypes;
    private @Nullable ImmutableSet<String> objectRelations;
    private boolean impliedObject;
    private double confidence = DEFAULT_CONFIDENCE;
    private boolean confidenceSet;
    private @Nullable String name;

    private Builder(Trigger trigger, ImmutableSet<String> words) {
      this.trigger = trigger;
      this.words = words;
    }

    /**
     * Sets the entity types the subject may have (default: all the relation type's subject types;
     * {@code PERSON} for a title rule).
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
     * #DEFAULT_OBJECT_RELATIONS} for a verb, {@link #DEFAULT_NOUN_OBJECT_RELATIONS} for a noun):
     * {@code obj}, {@code iobj}, {@code obl:} and a preposition, e.g. {@code objectVia("obl:to")}
     * for "travelled to Paris", or {@code nmod:} and a preposition for a noun ("visit to Paris").
     *
     * @throws IllegalStateException if already set, or the rule is a title rule
     */
    public Builder objectVia(String... relations) {
      requireNonNull(relations, "relations");
      checkState(
          trigger != Trigger.TITLE,
          "a title rule finds its object through the title; remove objectVia(...)");
      checkState(
          objectRelations == null, "object relations were already set to %s", objectRelations);
      checkArgument(relations.length > 0, "objectVia(...) needs at least one relation");
      objectRelations = ImmutableSet.copyOf(relations);
      return this;
    }

    /**
     * Lets a trigger with no object ("Tokayev will attend", "his participation") link to the object
     * the document is about: the one this relation type links most often in the document through a
     * stated object, else, for an event, the gathering mentioned most.
     *
     * @throws IllegalStateException if the rule is a title rule
     */
    public Builder impliedObject() {
      checkState(
          trigger != Trigger.TITLE,
          "a title rule names its object; an implied object is for verbs and nouns");
      impliedObject = true;
      return this;
    }

    /**
     * Sets the confidence of the rule's readings (default {@link #DEFAULT_CONFIDENCE}).
     *
     * @throws IllegalArgumentException if not in (0, 1]
     * @throws IllegalStateException if already set
     */
    public Builder confidence(double confidence) {
      checkState(!confidenceSet, "confidence was already set to %s", this.confidence);
      checkArgument(
          confidence > 0 && confidence <= 1,
          "confidence must be in (0, 1], but was %s",
          confidence);
      this.confidence = confidence;
      confidenceSet = true;
      return this;
    }

    /**
     * Names the rule; the evidence of its relations gives this name as {@code foundBy}.
     *
     * @throws IllegalArgumentException if the name is not lower-case letters, digits and hyphens
     *     starting with a letter
     * @throws IllegalStateException if the name was already set
     */
    public Builder named(String name) {
      requireNonNull(name, "name");
      checkState(this.name == null, "the rule was already named '%s'", this.name);
      this.name = checkName(name);
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
      ImmutableSet<EntityType> s =
          subjectTypes != null
              ? subjectTypes
              : trigger == Trigger.TITLE ? ImmutableSet.of(EntityType.PERSON) : type.subjectTypes();
      ImmutableSet<EntityType> o = objectTypes != null ? objectTypes : type.objectTypes();
      ImmutableSet<String> defaults = defaultRelations(trigger);
      ImmutableSet<String> rels = objectRelations != null ? objectRelations : defaults;
      String origin =
          trigger.name().toLowerCase(Locale.ROOT)
              + " "
              + String.join(", ", words)
              + " ("
              + join(s)
              + " -> "
              + join(o)
              + (rels.equals(defaults) ? "" : " via " + String.join(", ", rels))
              + (impliedObject ? ", implied" : "")
              + (confidenceSet ? ", confidence " + confidence : "")
              + ") gives "
              + type;
      Spec spec = new Spec(trigger, words, s, o, rels, impliedObject, confidence);
      return create(spec, type, origin, name != null ? name : defaultName(spec, type));
    }

    private static String join(ImmutableSet<EntityType> types) {
      return types.stream().map(EntityType::name).collect(Collectors.joining("|"));
    }
  }

  /** The object relations a rule with this trigger has when none are given. */
  static ImmutableSet<String> defaultRelations(Trigger trigger) {
    switch (trigger) {
      case VERB:
        return DEFAULT_OBJECT_RELATIONS;
      case NOUN:
        return DEFAULT_NOUN_OBJECT_RELATIONS;
      default:
        return ImmutableSet.of();
    }
  }
}
