package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.internal.pipeline.EnglishGate;
import org.newsgraph.internal.pipeline.Limits;
import org.newsgraph.internal.pipeline.Pipeline;
import org.newsgraph.relation.RelationType;
import org.newsgraph.rules.Gazetteer;
import org.newsgraph.rules.PatternRule;
import org.newsgraph.rules.RelationRule;
import org.newsgraph.rules.RulesFile;

/**
 * Reads English news text and returns a {@link Document}: entities, relations and their graph.
 *
 * <p>Building an extractor loads the Stanford CoreNLP models it needs, which takes seconds and, for
 * the default profile, about 0.8 GB of live heap (1.2 GB at the peak while loading; {@link
 * Profile#FAST}: 0.5 GB and 0.7 GB); build one and share it. A built extractor is immutable and
 * thread-safe: call {@link #extract} from as many threads as you like.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder()
 *     .entities(PERSON, COUNTRY, EVENT)
 *     .relations(LEADER_OF, ATTENDS)
 *     .build();
 * Document doc = extractor.extract("Chilean President Gabriel Boric will attend the G20 summit.");
 * doc.graph().match(person().leaderOf(country()).attends(event()));
 * }</pre>
 */
public final class Extractor {

  /** The default for {@link Builder#maxCharacters(int)}: 1,000,000 characters. */
  public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;

  /**
   * The default for {@link Builder#maxSentenceTokens(int)}: 500 tokens. News sentences rarely pass
   * 100; longer ones are usually tables, lists or markup without punctuation.
   */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 500;

  private final ImmutableSet<EntityType> entityTypes;
  private final ImmutableSet<RelationType> relationTypes;
  private final Profile profile;
  private final int maxCharacters;
  private final Limits limits;
  private final Pipeline pipeline;

  private Extractor(Builder b, Builder.Plan plan) {
    this.entityTypes = plan.entities();
    this.relationTypes = plan.relations();
    this.profile = b.profile;
    this.maxCharacters = b.maxCharacters;
    this.limits = new Limits(b.maxSentenceTokens, b.timeBudget);
    this.pipeline =
        Pipeline.create(
            entityTypes,
            relationTypes,
            limits,
            profile,
            b.gazetteers,
            plan.rules(),
            plan.patternRules());
  }

  private static ImmutableSet<RelationType> defaultRelations(ImmutableSet<EntityType> entities) {
    return RelationType.builtIn().stream()
        .filter(
            r ->
                r.subjectTypes().stream().anyMatch(entities::contains)
                    && r.objectTypes().stream().anyMatch(entities::contains))
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns a builder with the defaults: all built-in entity and relation types. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the entity types this extractor finds. */
  public ImmutableSet<EntityType> entityTypes() {
    return entityTypes;
  }

  /** Returns the relation types this extractor finds. */
  public ImmutableSet<RelationType> relationTypes() {
    return relationTypes;
  }

  /** Returns the speed and quality profile this extractor was built with. */
  public Profile profile() {
    return profile;
  }

  /** Returns the largest text, in characters, that {@link #extract} accepts. */
  public int maxCharacters() {
    return maxCharacters;
  }

  /** Returns the most tokens one sentence may have; see {@link Builder#maxSentenceTokens(int)}. */
  public int maxSentenceTokens() {
    return limits.maxSentenceTokens();
  }

  /** Returns the time budget per document, if one was set with {@link Builder#timeBudget}. */
  public Optional<Duration> timeBudget() {
    return Optional.ofNullable(limits.timeBudget());
  }

  /**
   * Extracts a text, with an id made from its content: {@code text-} and the first twelve hex
   * digits of the text's SHA-256 ({@code text-3f2a9c0d41b7}). Different texts get different ids, so
   * their documents can be merged into one {@link org.newsgraph.graph.CorpusGraph}; the same text
   * always gets the same id, so output stays reproducible. Give your own id (a file name, a URL)
   * with {@link #extract(String, String)}.
   *
   * @see #extract(String, String)
   */
  public Document extract(String text) {
    requireNonNull(text, "text");
    return extract(idOf(text), text);
  }

  /** The id {@link #extract(String)} gives a text. */
  static String idOf(String text) {
    return "text-"
        + Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  /**
   * Extracts a text. Empty or blank text gives an empty document, and so does text that does not
   * read as English (ten or more words in lower case, fewer than 15% of them common English
   * function words such as "the" or "of"; names are not counted): the English models would only
   * find garbage in it. Such a document says so: its {@link Document#skipReason()} is {@link
   * SkipReason#NOT_ENGLISH}.
   *
   * @param id the document's id, kept in the result (e.g. a file name or a URL)
   * @param text the article; headings on their own line are sentences of their own
   * @throws NullPointerException if {@code id} or {@code text} is null
   * @throws IllegalArgumentException if the text holds NUL or other binary control characters, or
   *     is longer than {@link #maxCharacters()}
   * @throws DocumentLimitException if a sentence is longer than {@link #maxSentenceTokens()} or the
   *     document takes longer than {@link #timeBudget()}; the extractor stays usable
   * @throws ExtractionException if the engine fails on this text, or runs out of heap on it
   */
  public Document extract(String id, String text) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    return run(id, text, null);
  }

  /**
   * Extracts a text published on a given day, against which its relative dates are read: in a story
   * published on Saturday 31 August 1996, "arrived late Friday" is {@code 1996-08-30}, "will meet
   * on Monday" {@code 1996-09-02} and "this week" {@code 1996-W35} (see {@code docs/concepts.md},
   * Dates). A dateline at the head of the text that gives the day ("BONN 1996-08-30", "GENEVA,
   * March 3 (Reuters) -") is the story's own day and wins; one without a year takes it from {@code
   * publishedAt}. {@link #extract(String, String)} reads a dateline too, and leaves relative dates
   * relative ({@code XXXX-WXX-5}) when the text has none.
   *
   * <pre>{@code
   * Document doc = extractor.extract("a1", "Envoys met in Geneva on Friday.", LocalDate.of(2024, 3, 4));
   * // the DATE entity "Friday" has the value 2024-03-01
   * }</pre>
   *
   * @param id the document's id, kept in the result
   * @param text the article
   * @param publishedAt the day the article was published (or written)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #extract(String, String)} does
   * @throws DocumentLimitException as {@link #extract(String, String)} does
   * @throws ExtractionException as {@link #extract(String, String)} does
   */
  public Document extract(String id, String text, LocalDate publishedAt) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(publishedAt, "publishedAt");
    return run(id, text, publishedAt);
  }

  private Document run(String id, String text, @Nullable LocalDate publishedAt) {
    checkText(text);
    if (text.isBlank()) {
      return Document.of(id, text, List.of(), List.of(), List.of());
    }
    if (!EnglishGate.looksEnglish(text)) {
      return Document.skipped(id, text, SkipReason.NOT_ENGLISH);
    }
    try {
      return pipeline.process(id, text, publishedAt);
    } catch (OutOfMemoryError e) {
      throw outOfHeap(id, text, e);
    }
  }

  /**
   * Extracts a text as {@link #extract(String)} does and keeps what the pipeline saw there, for
   * writing and debugging rules ({@code newsgraph explain}): every sentence's tokens with lemma,
   * part-of-speech and NER tags, its dependency edges and its mentions with their types and
   * entities. Every sentence is parsed, also those extraction skips, so this costs more than {@code
   * extract}; the document and its relations are the same.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException as {@link #extract(String, String)} does
   * @throws DocumentLimitException as {@link #extract(String, String)} does
   * @throws ExtractionException if the engine fails on this text, or runs out of heap on it
   */
  public Explanation explain(String text) {
    requireNonNull(text, "text");
    checkText(text);
    String id = idOf(text);
    if (text.isBlank()) {
      return new Explanation(
          Document.of(id, text, List.of(), List.of(), List.of()), ImmutableList.of());
    }
    if (!EnglishGate.looksEnglish(text)) {
      return new Explanation(
          Document.skipped(id, text, SkipReason.NOT_ENGLISH), ImmutableList.of());
    }
    try {
      return pipeline.explain(id, text);
    } catch (OutOfMemoryError e) {
      throw outOfHeap(id, text, e);
    }
  }

  private static ExtractionException outOfHeap(String id, String text, OutOfMemoryError e) {
    // the document's scratch state is unreachable once we get here, so the JVM can go on
    return new ExtractionException(
        String.format(
            Locale.ROOT,
            "not enough heap to extract document '%s' (%s characters, max heap %s MB); lower"
                + " Extractor.builder().maxCharacters(...), or start the JVM with a larger -Xmx",
            id,
            text.length(),
            Runtime.getRuntime().maxMemory() / (1024 * 1024)),
        e);
  }

  private void checkText(String text) {
    checkArgument(
        text.length() <= maxCharacters,
        "text has %s characters, more than the limit of %s; split it, or raise the limit with"
            + " Extractor.builder().maxCharacters(...)",
        text.length(),
        maxCharacters);
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      checkArgument(
          c != '\0',
          "text holds a NUL character at index %s: it looks like binary data, not text; decode the"
              + " input as text first",
          i);
      if (Character.getType(c) == Character.CONTROL
          && c != '\n'
          && c != '\r'
          && c != '\t'
          && c != '\f') {
        controls++;
      }
    }
    checkArgument(
        controls * 100 <= text.length(),
        "text holds %s control characters in %s: it looks like binary data, not text; decode the"
            + " input as text first",
        controls,
        text.length());
  }

  @Override
  public String toString() {
    return "Extractor{entities="
        + entityTypes
        + ", relations="
        + relationTypes
        + ", profile="
        + profile
        + "}";
  }

  /**
   * Configures and builds an {@link Extractor}. Each property may be set once. Not thread-safe;
   * {@link #build()} may be called once.
   */
  public static final class Builder {
    private @Nullable ImmutableSet<EntityType> entities;
    private @Nullable ImmutableSet<RelationType> relations;
    private int maxCharacters = DEFAULT_MAX_CHARACTERS;
    private boolean maxCharactersSet;
    private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;
    private boolean maxSentenceTokensSet;
    private @Nullable Duration timeBudget;
    private final List<Gazetteer> gazetteers = new ArrayList<>();
    private final List<RelationRule> rules = new ArrayList<>();
    private final List<PatternRule> patternRules = new ArrayList<>();
    private final List<Path> ruleFiles = new ArrayList<>();
    private @Nullable Profile profileSet;
    private Profile profile = Profile.BALANCED;
    private boolean built;

    private Builder() {}

    /**
     * Sets the entity types to find (default: all built-in types).
     *
     * <p>A user-defined type ({@link EntityType#custom}) is allowed when a {@link
     * #gazetteer(Gazetteer)} finds it; {@link #build()} checks that.
     *
     * @throws IllegalStateException if entity types were already set
     * @throws IllegalArgumentException if none is given
     */
    public Builder entities(EntityType... types) {
      requireNonNull(types, "types");
      return entities(Arrays.asList(types));
    }

    /** Sets the entity types to find; see {@link #entities(EntityType...)}. */
    public Builder entities(Collection<EntityType> types) {
      requireNonNull(types, "types");
      checkState(entities == null, "entities were already set to %s", entities);
      checkArgument(!types.isEmpty(), "entities(...) needs at least one entity type");
      for (EntityType t : types) {
        requireNonNull(t, "entity type");
      }
      entities = ImmutableSet.copyOf(types);
      return this;
    }

    /**
     * Sets the relation types to find (default: every built-in relation whose entity types are
     * found, and every relation type a {@link #rule} gives). With no relation type at all the
     * dependency parser is not loaded. A user-defined type ({@link RelationType#custom}) is allowed
     * when a rule gives it; {@link #build()} checks that.
     *
     * @throws IllegalStateException if relation types were already set
     */
    public Builder relations(RelationType... types) {
      requireNonNull(types, "types");
      return relations(Arrays.asList(types));
    }

    /** Sets the relation types to find; see {@link #relations(RelationType...)}. */
    public Builder relations(Collection<RelationType> types) {
      requireNonNull(types, "types");
      checkState(relations == null, "relations were already set to %s", relations);
      for (RelationType t : types) {
        requireNonNull(t, "relation type");
      }
      relations = ImmutableSet.copyOf(types);
      return this;
    }

    /**
     * Sets the speed and quality trade-off (default {@link Profile#BALANCED}); docs/performance.md
     * gives the measured figures of each profile.
     *
     * @throws IllegalStateException if already set
     */
    public Builder profile(Profile profile) {
      requireNonNull(profile, "profile");
      checkState(profileSet == null, "profile was already set to %s", profileSet);
      this.profile = profile;
      this.profileSet = profile;
      return this;
    }

    /**
     * Sets the largest text {@link Extractor#extract} accepts, in characters (default {@value
     * Extractor#DEFAULT_MAX_CHARACTERS}).
     *
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public Builder maxCharacters(int maxCharacters) {
      checkState(!maxCharactersSet, "maxCharacters was already set to %s", this.maxCharacters);
      checkArgument(maxCharacters > 0, "maxCharacters must be > 0, but was %s", maxCharacters);
      this.maxCharacters = maxCharacters;
      this.maxCharactersSet = true;
      return this;
    }

    /**
     * Sets the most tokens one sentence may have (default {@value
     * Extractor#DEFAULT_MAX_SENTENCE_TOKENS}). Sentence lengths are checked right after
     * tokenization, before tagging and parsing, so an over-long sentence costs little: {@link
     * Extractor#extract} throws a {@link DocumentLimitException} naming the sentence.
     *
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public Builder maxSentenceTokens(int maxSentenceTokens) {
      checkState(
          !maxSentenceTokensSet, "maxSentenceTokens was already set to %s", this.maxSentenceTokens);
      checkArgument(
          maxSentenceTokens > 0, "maxSentenceTokens must be > 0, but was %s", maxSentenceTokens);
      this.maxSentenceTokens = maxSentenceTokens;
      this.maxSentenceTokensSet = true;
      return this;
    }

    /**
     * Sets the longest one document may take (default: no budget). The budget is checked between
     * steps (each CoreNLP annotator and each NewsGraph stage); a step is not interrupted, so a
     * document may overrun by one step, which {@link #maxSentenceTokens(int)} and {@link
     * #maxCharacters(int)} keep bounded. Over budget, {@link Extractor#extract} throws a {@link
     * DocumentLimitException}; there is no partial result.
     *
     * @throws IllegalArgumentException if shorter than one millisecond
     * @throws IllegalStateException if already set
     */
    public Builder timeBudget(Duration timeBudget) {
      requireNonNull(timeBudget, "timeBudget");
      checkState(this.timeBudget == null, "timeBudget was already set to %s", this.timeBudget);
      checkArgument(
          timeBudget.compareTo(Duration.ofMillis(1)) >= 0,
          "timeBudget must be at least 1 ms, but was %s",
          timeBudget);
      this.timeBudget = timeBudget;
      return this;
    }

    /**
     * Adds a gazetteer: its phrases become mentions of its type, a user-defined one or a built-in
     * one it extends. May be called many times; where two gazetteers match the same tokens, the one
     * added first wins. See {@code docs/rules.md}.
     */
    public Builder gazetteer(Gazetteer gazetteer) {
      gazetteers.add(requireNonNull(gazetteer, "gazetteer"));
      return this;
    }

    /**
     * Adds a relation rule, e.g. {@code RelationRule.verb("meet").subject(PERSON)
     * .object(PERSON).gives(MEETS)}. May be called many times.
     */
    public Builder rule(RelationRule rule) {
      rules.add(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a pattern rule, such as an event frame written with a Semgrex pattern (see {@link
     * PatternRule}). May be called many times.
     */
    public Builder rule(PatternRule rule) {
      patternRules.add(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds the rules of a rules file: one-line rules and pattern rule blocks (format in {@link
     * RulesFile}). The file is read and checked by {@link #build()}. May be called many times.
     */
    public Builder rules(Path file) {
      ruleFiles.add(requireNonNull(file, "file"));
      return this;
    }

    /** The checked entity types, relation types and rules an extractor is built with. */
    record Plan(
        ImmutableSet<EntityType> entities,
        ImmutableSet<RelationType> relations,
        ImmutableList<RelationRule> rules,
        ImmutableList<PatternRule> patternRules) {}

    private Plan plan() {
      ImmutableList.Builder<RelationRule> all = ImmutableList.builder();
      ImmutableList.Builder<PatternRule> allPatterns = ImmutableList.builder();
      all.addAll(rules);
      allPatterns.addAll(patternRules);
      for (Path f : ruleFiles) {
        RulesFile file = RulesFile.fromFile(f);
        all.addAll(file.relationRules());
        allPatterns.addAll(file.patternRules());
      }
      ImmutableList<RelationRule> allRules = all.build();
      ImmutableList<PatternRule> allPatternRules = allPatterns.build();
      Set<EntityType> found = new LinkedHashSet<>();
      for (Gazetteer g : gazetteers) {
        found.add(g.type());
      }
      ImmutableSet<EntityType> ents;
      if (entities != null) {
        ents = entities;
        for (EntityType t : ents) {
          checkArgument(
              t.isBuiltIn() || found.contains(t),
              "entity type %s is not built in and no gazetteer finds it; add one with"
                  + " Extractor.builder().gazetteer(Gazetteer.builder(%s)...)",
              t,
              t);
        }
        for (Gazetteer g : gazetteers) {
          checkArgument(
              ents.contains(g.type()),
              "gazetteer %s finds %s, but entities(...) is %s; add %s",
              g.source(),
              g.type(),
              ents,
              g.type());
        }
      } else {
        ents =
            ImmutableSet.<EntityType>builder().addAll(EntityType.builtIn()).addAll(found).build();
      }
      for (RelationRule r : allRules) {
        for (EntityType t : Iterables.concat(r.subjectTypes(), r.objectTypes())) {
          checkArgument(
              ents.contains(t),
              "rule %s needs entity type %s, but the extractor finds %s; %s",
              r.origin(),
              t,
              ents,
              t.isBuiltIn()
                  ? "add it to entities(...)"
                  : "add a gazetteer for it with Extractor.builder().gazetteer(...)");
        }
      }
      for (PatternRule r : allPatternRules) {
        // a built-in relation type's rule reads the types the extractor finds; a custom one needs
        // all of its own
        for (PatternRule.Gives g : r.gives()) {
          if (g.type().isBuiltIn()) {
            continue;
          }
          for (EntityType t : Iterables.concat(g.type().subjectTypes(), g.type().objectTypes())) {
            checkArgument(
                ents.contains(t),
                "rule %s needs entity type %s, but the extractor finds %s; %s",
                r.origin(),
                t,
                ents,
                t.isBuiltIn()
                    ? "add it to entities(...)"
                    : "add a gazetteer for it with Extractor.builder().gazetteer(...)");
          }
        }
      }
      Set<RelationType> given = new LinkedHashSet<>();
      Map<String, RelationType> byName = new HashMap<>();
      for (RelationRule r : allRules) {
        given.add(r.type());
        RelationType other = byName.putIfAbsent(r.type().name(), r.type());
        checkArgument(
            other == null
                || (other.subjectTypes().equals(r.type().subjectTypes())
                    && other.objectTypes().equals(r.type().objectTypes())),
            "rule %s gives %s with types %s -> %s, but another rule gives it with %s -> %s; declare"
                + " one relation type and share it",
            r.origin(),
            r.type(),
            r.type().subjectTypes(),
            r.type().objectTypes(),
            other == null ? "" : other.subjectTypes(),
            other == null ? "" : other.objectTypes());
      }
      for (PatternRule r : allPatternRules) {
        for (RelationType t : r.types()) {
          if (!t.isBuiltIn()) {
            given.add(t);
            RelationType other = byName.putIfAbsent(t.name(), t);
            checkArgument(
                other == null
                    || (other.subjectTypes().equals(t.subjectTypes())
                        && other.objectTypes().equals(t.objectTypes())),
                "rule %s gives %s with types %s -> %s, but another rule gives it with %s -> %s; declare"
                    + " one relation type and share it",
                r.origin(),
                t,
                t.subjectTypes(),
                t.objectTypes(),
                other == null ? "" : other.subjectTypes(),
                other == null ? "" : other.objectTypes());
          }
        }
      }
      ImmutableSet<RelationType> rels;
      if (relations != null) {
        rels = relations;
        for (RelationType t : rels) {
          checkArgument(
              t.isBuiltIn() || given.contains(t),
              "relation type %s is not built in and no rule gives it; add one with"
                  + " Extractor.builder().rule(RelationRule.verb(...)...gives(%s)) or rules(file)",
              t,
              t);
        }
        for (RelationType t : given) {
          checkArgument(
              rels.contains(t), "a rule gives %s, but relations(...) is %s; add %s", t, rels, t);
        }
      } else {
        rels =
            ImmutableSet.<RelationType>builder()
                .addAll(defaultRelations(ents))
                .addAll(given)
                .build();
      }
      return new Plan(ents, rels, allRules, allPatternRules);
    }

    /**
     * Checks the configuration, reads the rules files, loads the models and returns the extractor.
     *
     * @throws IllegalArgumentException if a relation type needs entity types that are not found, a
     *     user-defined entity type has no gazetteer, a user-defined relation type has no rule, or a
     *     rules file is malformed (the message gives the rule, the line and the column)
     * @throws IllegalStateException if called twice
     * @throws java.io.UncheckedIOException if a rules file cannot be read
     * @throws ExtractionException if the models cannot be loaded
     */
    public Extractor build() {
      checkState(!built, "build() was already called on this builder; use a new builder");
      Plan plan = plan();
      ImmutableSet<EntityType> ents = plan.entities();
      if (relations != null) {
        for (RelationType r : relations) {
          boolean subject = r.subjectTypes().stream().anyMatch(ents::contains);
          boolean object = r.objectTypes().stream().anyMatch(ents::contains);
          if (!subject || !object) {
            throw new IllegalArgumentException(
                String.format(
                    java.util.Locale.ROOT,
                    "relation %s connects %s -> %s, but entities(...) is %s; add %s",
                    r,
                    join(r.subjectTypes()),
                    join(r.objectTypes()),
                    ents,
                    !subject ? join(r.subjectTypes()) : join(r.objectTypes())));
          }
        }
      }
      built = true;
      // a model that cannot be read is an ExtractionException from the CoreNLP adapter; any other
      // RuntimeException is a bug, and is not dressed up as a model-loading failure
      try {
        return new Extractor(this, plan);
      } catch (OutOfMemoryError e) {
        throw new ExtractionException(
            "not enough heap to load the CoreNLP models (max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB); start the JVM with -Xmx2g (docs/performance.md gives the heap of each profile)",
            e);
      }
    }

    private static String join(Collection<EntityType> types) {
      return types.stream().map(EntityType::name).collect(Collectors.joining(" or "));
    }
  }
}
