package org.newsgraph.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.internal.pipeline.PatternSyntax;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * A named rule that reads one or more relations from a sentence's dependency graph with a <a
 * href="https://nlp.stanford.edu/nlp/javadoc/javanlp/edu/stanford/nlp/semgraph/semgrex/SemgrexPattern.html">Semgrex</a>
 * pattern, CoreNLP's language for dependency patterns: the pattern's named nodes are the arguments
 * of the relations it gives. One rule can give several relations from one match, so an <b>event
 * frame</b> gives an event's participants, place, date and host at once:
 *
 * <pre>{@code
 * PatternRule talks = PatternRule.named("talks-held-in-on")
 *     .pattern("{lemma:hold}=trigger >nsubj {}=party >obj ({ner:EVENT}=event"
 *         + " ?>/nmod:in/ {ner:/CITY|COUNTRY/}=place) ?>/obl:on/ {ner:DATE}=date")
 *     .gives(ATTENDS, "party", "event")
 *     .gives(LOCATED_IN, "event", "place")
 *     .gives(ON_DATE, "event", "date")
 *     .confidence(0.8)
 *     .example("Berg held talks in Oslo on Friday.", "ATTENDS(Berg, talks)", "LOCATED_IN(talks, Oslo)")
 *     .build();
 * }</pre>
 *
 * <p>A node matches a token with the attributes {@code word}, {@code lemma}, {@code tag} (the Penn
 * Treebank part of speech), {@code ner} (the NewsGraph entity type of the mention the token is in,
 * such as {@code PERSON} or {@code EVENT}; else CoreNLP's own tag, such as {@code TITLE} or {@code
 * O}) and {@code cat} (an event mention's class, such as {@code MEETING}). A relation whose node
 * matched no mention of an entity (an optional node, {@code ?>}, that did not match, or a token
 * outside every mention) is not given. Modality is read around the node named {@code trigger} ("did
 * not", "will", "is expected to") unless the rule fixes it with {@link Builder#modality(Modality)}.
 * Rules in one exclusive {@link Builder#group group} compete: where several match the same trigger,
 * only those of the highest priority give relations.
 *
 * <p>Every rule has at least one example, a sentence with the relations it must give; the test
 * suite runs the built-in rules' examples through the real pipeline. Rules are usually written in a
 * rules file (see {@link RulesFile} and {@code docs/rules.md}). Immutable and thread-safe.
 */
public final class PatternRule {

  /** The confidence of a rule's readings unless told otherwise. */
  public static final double DEFAULT_CONFIDENCE = 0.7;

  /** The node whose surroundings give the modality, unless the rule fixes it. */
  public static final String TRIGGER = "trigger";

  private static final ImmutableList<String> BUILT_IN_FILES =
      ImmutableList.of("events.rules", "nationality.rules");
  private static final String BUILT_IN_FOLDER = "/org/newsgraph/rules/";

  private static volatile @Nullable ImmutableList<PatternRule> builtIn;

  /** The pattern language a rule is written in. */
  public enum Syntax {
    /**
     * A Semgrex pattern over the dependency graph: named nodes ({@code {}=name}) are the arguments.
     */
    SEMGREX,
    /**
     * A TokensRegex pattern over the sentence's tokens: named groups ({@code (?$name ...)}) are the
     * arguments, each the mention whose tokens it spans exactly.
     */
    TOKENSREGEX
  }

  /** A relation a rule gives: its type and the nodes that are its subject and object. */
  public record Gives(RelationType type, String subject, String object) {
    /** Validates the names. */
    public Gives {
      requireNonNull(type, "type");
      requireNonNull(subject, "subject");
      requireNonNull(object, "object");
    }

    @Override
    public String toString() {
      return type.name() + "(" + subject + ", " + object + ")";
    }
  }

  /**
   * A sentence and the relations a rule must give on it, written as {@code TYPE(subject, object)}
   * with the entities' names (a prefix of the name is enough: "Tokayev" for "Kassym-Jomart
   * Tokayev"), optionally followed by a modality: {@code ATTENDS(Berg, summit) PLANNED}.
   */
  public record Example(String text, ImmutableList<Expected> expected) {
    /** Validates the example. */
    public Example {
      requireNonNull(text, "text");
      checkArgument(!text.isBlank(), "an example needs a sentence");
      expected = ImmutableList.copyOf(expected);
      checkArgument(!expected.isEmpty(), "example '%s' says no relation it must give", text);
    }
  }

  /** One relation an example must give; {@code modality} empty means any. */
  public record Expected(
      RelationType type, String subject, String object, Optional<Modality> modality) {
    /** Validates the relation. */
    public Expected {
      requireNonNull(type, "type");
      requireNonNull(subject, "subject");
      requireNonNull(object, "object");
      requireNonNull(modality, "modality");
    }

    /**
     * Reads {@code TYPE(subject, object)} with an optional modality after it.
     *
     * @throws IllegalArgumentException if the text is not of that form or names an unknown type
     */
    public static Expected parse(String text) {
      return parse(text, List.of());
    }

    /** Reads an expected relation whose type is one of {@code known} or built in. */
    static Expected parse(String text, java.util.Collection<RelationType> known) {
      requireNonNull(text, "text");
      String t = text.strip();
      int open = t.indexOf('(');
      int comma = t.indexOf(',', open);
      int close = t.lastIndexOf(')');
      checkArgument(
          open > 0 && comma > open && close > comma,
          "an expected relation is written TYPE(subject, object) [MODALITY], such as"
              + " 'ATTENDS(Berg, summit) PLANNED', but was '%s'",
          text);
      String typeName = t.substring(0, open).strip();
      RelationType type = null;
      for (RelationType k : known) {
        if (k.name().equals(typeName)) {
          type = k;
        }
      }
      if (type == null) {
        type = RelationType.valueOf(typeName);
      }
      String rest = t.substring(close + 1).strip();
      Optional<Modality> modality = Optional.empty();
      if (!rest.isEmpty()) {
        try {
          modality = Optional.of(Modality.valueOf(rest));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "expected relation '"
                  + text
                  + "' ends in '"
                  + rest
                  + "'; a modality is one of "
                  + java.util.Arrays.toString(Modality.values()),
              e);
        }
      }
      return new Expected(
          type,
          t.substring(open + 1, comma).strip(),
          t.substring(comma + 1, close).strip(),
          modality);
    }

    @Override
    public String toString() {
      return type.name()
          + "("
          + subject
          + ", "
          + object
          + ")"
          + modality.map(m -> " " + m).orElse("");
    }
  }

  private final String name;
  private final String pattern;
  private final Syntax syntax;
  private final ImmutableList<Gives> gives;
  private final ImmutableMap<String, ImmutableSet<EntityType>> argumentTypes;
  private final double confidence;
  private final @Nullable Modality modality;
  private final @Nullable String title;
  private final @Nullable String group;
  private final int priority;
  private final @Nullable String event;
  private final ImmutableList<String> eventExtent;
  private final @Nullable EventClass eventClass;
  private final ImmutableList<Example> examples;
  private final String origin;

  private PatternRule(Builder b, String origin, ImmutableList<Example> examples) {
    this.name = b.name;
    this.pattern = requireNonNull(b.pattern);
    this.syntax = b.syntax;
    this.gives = ImmutableList.copyOf(b.gives);
    this.argumentTypes = ImmutableMap.copyOf(b.argumentTypes);
    this.confidence = b.confidence;
    this.modality = b.modality;
    this.title = b.title;
    this.group = b.group;
    this.priority = b.priority;
    this.event = b.event;
    this.eventExtent = ImmutableList.copyOf(b.eventExtent);
    this.eventClass = b.eventClass;
    this.examples = examples;
    this.origin = origin;
  }

  /**
   * Starts a rule with this name, which the evidence of its relations gives as {@code foundBy}.
   *
   * @throws IllegalArgumentException if the name is not lower-case letters, digits and hyphens
   *     starting with a letter
   */
  public static Builder named(String name) {
    requireNonNull(name, "name");
    return new Builder(RelationRule.checkName(name));
  }

  /**
   * Returns NewsGraph's own pattern rules (event frames and the other readings written as
   * patterns), read once from the rules files in {@code org/newsgraph/rules/}.
   */
  public static ImmutableList<PatternRule> builtIn() {
    ImmutableList<PatternRule> rules = builtIn;
    if (rules == null) {
      ImmutableList.Builder<PatternRule> all = ImmutableList.builder();
      for (String file : BUILT_IN_FILES) {
        String resource = BUILT_IN_FOLDER + file;
        try (InputStream in = PatternRule.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the jar");
          }
          RulesFile f =
              RulesFile.fromString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
          all.addAll(f.patternRules());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
      }
      rules = all.build();
      builtIn = rules;
    }
    return rules;
  }

  /** Returns the rule's name. */
  public String name() {
    return name;
  }

  /** Returns the pattern, in the language {@link #syntax()} names. */
  public String pattern() {
    return pattern;
  }

  /**
   * Returns the language of the pattern: Semgrex ({@code pattern:}) or TokensRegex ({@code
   * tokens:}).
   */
  public Syntax syntax() {
    return syntax;
  }

  /** Returns the relations one match gives. */
  public ImmutableList<Gives> gives() {
    return gives;
  }

  /** Returns the relation types the rule gives. */
  public ImmutableSet<RelationType> types() {
    return gives.stream().map(Gives::type).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the entity types each argument node may have; a node not listed takes the types its
   * relations accept.
   */
  public ImmutableMap<String, ImmutableSet<EntityType>> argumentTypes() {
    return argumentTypes;
  }

  /** Returns the confidence of the rule's readings. */
  public double confidence() {
    return confidence;
  }

  /** Returns the modality the rule fixes, or empty if it is read around the trigger. */
  public Optional<Modality> modality() {
    return Optional.ofNullable(modality);
  }

  /**
   * Returns the node whose words are the {@code title} attribute of the relations (and whose
   * modifiers, "former", "-elect", give the {@code time} attribute), if any.
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the node that is an event of its own where no mention is there, if any: a verb that
   * reports an event ("Putin and Xi met in Geneva": the meeting is "met").
   */
  public Optional<String> event() {
    return Optional.ofNullable(event);
  }

  /**
   * Returns the nodes whose words the event made of the {@link #event()} node reaches to, where
   * they follow it closely: "visit Israel" rather than "visit", so that two visits are told apart.
   */
  public ImmutableList<String> eventExtent() {
    return eventExtent;
  }

  /** Returns the class of the event the rule makes of its {@link #event()} node, if any. */
  public Optional<EventClass> eventClass() {
    return Optional.ofNullable(eventClass);
  }

  /** Returns the exclusive group the rule competes in, if any. */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /** Returns the priority within the group: higher wins. */
  public int priority() {
    return priority;
  }

  /** Returns the examples. */
  public ImmutableList<Example> examples() {
    return examples;
  }

  /** Returns where the rule was defined: a file and line, or "builder". */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "rule " + name + " (" + origin + ")";
  }

  /** Builds a {@link PatternRule}; get one from {@link PatternRule#named}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private @Nullable String pattern;
    private Syntax syntax = Syntax.SEMGREX;
    private final List<Gives> gives = new ArrayList<>();
    private final Map<String, ImmutableSet<EntityType>> argumentTypes = new LinkedHashMap<>();
    private double confidence = DEFAULT_CONFIDENCE;
    private boolean confidenceSet;
    private @Nullable Modality modality;
    private @Nullable String title;
    private @Nullable String group;
    private int priority;
    private @Nullable String event;
    private final List<String> eventExtent = new ArrayList<>();
    private @Nullable EventClass eventClass;
    private final List<List<String>> examples = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the Semgrex pattern.
     *
     * @throws IllegalArgumentException if it does not parse
     * @throws IllegalStateException if it was already set
     */
    public Builder pattern(String pattern) {
      requireNonNull(pattern, "pattern");
      checkState(this.pattern == null, "rule '%s' already has a pattern", name);
      PatternSyntax.check(pattern);
      this.pattern = pattern;
      return this;
    }

    /**
     * Sets a TokensRegex pattern instead of a Semgrex one, for a reading that is a sequence of
     * tokens rather than a dependency construction ("Anna Berg from Malmö, Sweden"). Its named
     * groups, {@code (?$person ...)}, are the arguments: each is the mention whose tokens the group
     * spans exactly. A token's attributes are those of a Semgrex node ({@code word}, {@code lemma},
     * {@code tag}, {@code ner}, {@code cat}, of the longest mention it is in) and {@code kind},
     * that mention's kind ({@code NAME}, {@code DEMONYM}, {@code NOMINAL}, {@code PRONOUN}, {@code
     * COMMON}).
     *
     * @throws IllegalArgumentException if it does not parse
     * @throws IllegalStateException if a pattern was already set
     */
    public Builder tokens(String pattern) {
      requireNonNull(pattern, "pattern");
      checkState(this.pattern == null, "rule '%s' already has a pattern", name);
      PatternSyntax.checkTokens(pattern);
      this.pattern = pattern;
      this.syntax = Syntax.TOKENSREGEX;
      return this;
    }

    /** Adds a relation each match gives, from node {@code subject} to node {@code object}. */
    public Builder gives(RelationType type, String subject, String object) {
      gives.add(new Gives(type, subject, object));
      return this;
    }

    /**
     * Restricts the entity types of an argument node.
     *
     * @throws IllegalArgumentException if no type is given
     */
    public Builder where(String node, EntityType... types) {
      requireNonNull(node, "node");
      requireNonNull(types, "types");
      checkArgument(types.length > 0, "where(%s, ...) needs at least one entity type", node);
      argumentTypes.put(node, ImmutableSet.copyOf(types));
      return this;
    }

    /**
     * Sets the confidence of the rule's readings (default 0.7).
     *
     * @throws IllegalArgumentException if it is not in (0, 1]
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

    /** Fixes the modality of the rule's readings ("X skipped the summit" is NEGATED). */
    public Builder modality(Modality modality) {
      this.modality = requireNonNull(modality, "modality");
      return this;
    }

    /**
     * Names the node whose words give the relations' {@code title} (and {@code time}) attributes.
     */
    public Builder title(String node) {
      this.title = requireNonNull(node, "node");
      return this;
    }

    /**
     * Makes the node an event of its own, of this class, where no mention is there: a verb that
     * reports an event ("met", "will visit") becomes an EVENT entity that the rule's relations can
     * have as an argument.
     */
    public Builder event(String node, EventClass eventClass, String... extent) {
      this.event = requireNonNull(node, "node");
      this.eventClass = requireNonNull(eventClass, "eventClass");
      this.eventExtent.addAll(List.of(extent));
      return this;
    }

    /** Puts the rule in an exclusive group with a priority: higher wins on the same trigger. */
    public Builder group(String group, int priority) {
      this.group = requireNonNull(group, "group");
      this.priority = priority;
      return this;
    }

    /**
     * Adds an example sentence and the relations the rule must give on it.
     *
     * @throws IllegalArgumentException if an expected relation does not parse
     */
    public Builder example(String sentence, String expected, String... more) {
      requireNonNull(sentence, "sentence");
      requireNonNull(expected, "expected");
      List<String> example = new ArrayList<>();
      example.add(sentence);
      example.add(expected);
      example.addAll(List.of(more));
      examples.add(example);
      return this;
    }

    /**
     * Checks and builds the rule.
     *
     * @throws IllegalStateException if it has no pattern, gives nothing or has no example
     * @throws IllegalArgumentException if a node it names is not in the pattern, or an argument's
     *     types are not ones its relations accept
     */
    public PatternRule build() {
      return build("builder");
    }

    PatternRule build(String origin) {
      String where = "rule '" + name + "' (" + origin + ")";
      checkState(pattern != null, "%s has no pattern; add pattern(...) or tokens(...)", where);
      checkState(!gives.isEmpty(), "%s gives no relation; add gives(TYPE, subject, object)", where);
      checkState(
          !examples.isEmpty(),
          "%s has no example; add an example sentence with the relations it gives",
          where);
      ImmutableSet<String> nodes =
          syntax == Syntax.SEMGREX
              ? PatternSyntax.nodeNames(pattern)
              : PatternSyntax.groupNames(pattern);
      for (Gives g : gives) {
        for (String n : List.of(g.subject(), g.object())) {
          checkArgument(
              nodes.contains(n),
              "%s gives %s, but its pattern names no node '%s'; named nodes: %s",
              where,
              g,
              n,
              nodes);
        }
      }
      for (Map.Entry<String, ImmutableSet<EntityType>> e : argumentTypes.entrySet()) {
        checkArgument(
            nodes.contains(e.getKey()),
            "%s restricts node '%s', which its pattern does not name; named nodes: %s",
            where,
            e.getKey(),
            nodes);
        for (Gives g : gives) {
          ImmutableSet<EntityType> accepted =
              g.subject().equals(e.getKey())
                  ? g.type().subjectTypes()
                  : g.object().equals(e.getKey()) ? g.type().objectTypes() : null;
          if (accepted != null) {
            checkArgument(
                accepted.containsAll(e.getValue()),
                "%s lets node '%s' be %s, but %s takes %s there",
                where,
                e.getKey(),
                e.getValue(),
                g.type(),
                accepted);
          }
        }
      }
      if (event != null) {
        checkArgument(
            nodes.contains(event),
            "%s makes node '%s' an event, but its pattern does not name it",
            where,
            event);
        for (String n : eventExtent) {
          checkArgument(
              nodes.contains(n),
              "%s extends its event to node '%s', which its pattern does not name",
              where,
              n);
        }
      }
      if (title != null) {
        checkArgument(
            nodes.contains(title),
            "%s takes the title from node '%s', which its pattern does not name",
            where,
            title);
      }
      ImmutableSet<RelationType> types =
          gives.stream().map(Gives::type).collect(ImmutableSet.toImmutableSet());
      ImmutableList.Builder<Example> parsed = ImmutableList.builder();
      for (List<String> e : examples) {
        ImmutableList.Builder<Expected> expected = ImmutableList.builder();
        for (String x : e.subList(1, e.size())) {
          try {
            expected.add(Expected.parse(x, types));
          } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
          }
        }
        parsed.add(new Example(e.get(0), expected.build()));
      }
      return new PatternRule(this, origin, parsed.build());
    }
  }
}
