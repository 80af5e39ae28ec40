package org.newsgraph.internal.pipeline;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.DocumentLimitException;
import org.newsgraph.Explanation;
import org.newsgraph.ExtractionException;
import org.newsgraph.Profile;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;
import org.newsgraph.rules.Gazetteer;
import org.newsgraph.rules.PatternRule;
import org.newsgraph.rules.RelationRule;

/**
 * The ordered stages of one extractor and the assembly of their result into a {@link Document}.
 *
 * <p>Not API: used by {@link org.newsgraph.Extractor}. Built once (loading the models), then
 * thread-safe: every call works on its own {@link WorkingDocument}.
 */
public final class Pipeline {

  private final ImmutableList<Stage> stages;
  private final ImmutableSet<EntityType> entityTypes;
  private final Limits limits;

  private Pipeline(
      ImmutableList<Stage> stages, ImmutableSet<EntityType> entityTypes, Limits limits) {
    this.stages = stages;
    this.entityTypes = entityTypes;
    this.limits = limits;
  }

  /**
   * Builds the stages for a profile, with the user's gazetteers and relation rules (issue 7) and
   * per-document limits.
   */
  public static Pipeline create(
      Set<EntityType> entityTypes,
      Set<RelationType> relationTypes,
      Limits limits,
      Profile profile,
      List<Gazetteer> gazetteers,
      List<RelationRule> rules,
      List<PatternRule> patternRules) {
    Pipeline p = create(entityTypes, relationTypes, profile, gazetteers, rules, patternRules);
    return new Pipeline(p.stages, p.entityTypes, limits);
  }

  /**
   * Builds the stages for these entity and relation types and checks that each stage's inputs are
   * provided by an earlier one.
   *
   * @throws IllegalStateException if the plan is broken (a bug, not a user error)
   */
  private static Pipeline create(
      Set<EntityType> entityTypes,
      Set<RelationType> relationTypes,
      Profile profile,
      List<Gazetteer> gazetteers,
      List<RelationRule> rules,
      List<PatternRule> patternRules) {
    Lexicon lexicon = new Lexicon();
    Cities cities = Cities.load();
    boolean parse = !relationTypes.isEmpty();
    boolean dates = entityTypes.contains(EntityType.DATE);
    List<Stage> stages = new ArrayList<>();
    stages.add(new AnnotateStage(parse, dates, profile == Profile.FAST));
    stages.add(new MentionStage(lexicon, cities));
    stages.add(new DatelineStage());
    stages.add(new NamePropagationStage());
    stages.add(new EventStage(lexicon));
    if (!gazetteers.isEmpty()) {
      stages.add(new GazetteerStage(gazetteers));
    }
    stages.add(new CorefStage());
    if (!gazetteers.isEmpty()) {
      stages.add(new GazetteerMergeStage());
    }
    if (parse) {
      // NewsGraph's own title, verb and noun rules run beside the user's, through the same engine
      List<RelationRule> all = new ArrayList<>(RelationRule.builtIn());
      all.addAll(rules);
      stages.add(new ParseStage());
      // the pattern rules run first, so that a relation they read names them as what found it;
      // the user's before the built-in ones, as the more specific
      List<PatternRule> patterns = new ArrayList<>(patternRules);
      patterns.addAll(PatternRule.builtIn());
      PatternStage patternStage = new PatternStage(patterns, relationTypes);
      if (!patternStage.isEmpty()) {
        stages.add(patternStage);
      }
      stages.add(new RelationStage(lexicon, relationTypes, all));
      RuleStage ruleStage = new RuleStage(all, relationTypes);
      if (!ruleStage.isEmpty()) {
        stages.add(ruleStage);
      }
      // what needs the whole document runs after the rules, and sees what they found
      stages.add(new ArticleStage(relationTypes));
      stages.add(new InferenceStage(relationTypes, new PlaceInference(cities, lexicon, false)));
    }
    checkPlan(stages);
    return new Pipeline(
        ImmutableList.copyOf(stages), ImmutableSet.copyOf(entityTypes), Limits.NONE);
  }

  private static void checkPlan(List<Stage> stages) {
    Set<Stage.Layer> have = EnumSet.noneOf(Stage.Layer.class);
    List<String> names = new ArrayList<>();
    for (Stage s : stages) {
      names.add(s.name());
    }
    for (Stage s : stages) {
      for (Stage.Layer need : s.requires()) {
        checkState(
            have.contains(need),
            "no stage provides %s, which stage '%s' requires; stages in order: %s",
            need,
            s.name(),
            names);
      }
      have.addAll(s.provides());
    }
  }

  /**
   * Runs every stage over the text and returns the document.
   *
   * @throws ExtractionException if a stage fails; the message names the stage and the document
   * @throws org.newsgraph.DocumentLimitException if the document exceeds one of the limits
   */
  public Document process(String id, String text) {
    return process(id, text, null);
  }

  /**
   * Runs every stage over a text published on {@code published} (null if unknown): relative dates
   * are read against it, or against the dateline's day.
   *
   * @see #process(String, String)
   */
  public Document process(String id, String text, @Nullable LocalDate published) {
    return assemble(run(id, text, published), new LinkedHashMap<>());
  }

  /**
   * Runs every stage over the text and returns the document with the analysis behind it: tokens,
   * tags, mentions and the dependency edges of every sentence (those the stages did not need are
   * parsed afterwards, so the relations are those of {@link #process}).
   *
   * @throws ExtractionException if a stage or the parser fails
   * @throws org.newsgraph.DocumentLimitException if the document exceeds one of the limits
   */
  public Explanation explain(String id, String text) {
    WorkingDocument doc = run(id, text, null);
    Map<Integer, Entity> entities = new LinkedHashMap<>();
    Document document = assemble(doc, entities);
    try {
      return Explanations.of(doc, document, entities);
    } catch (RuntimeException e) {
      throw new ExtractionException("explaining document '" + id + "' failed: " + e, e);
    }
  }

  private WorkingDocument run(String id, String text, @Nullable LocalDate published) {
    WorkingDocument doc = new WorkingDocument(id, text);
    doc.published = published;
    doc.limits = limits;
    doc.deadline = limits.start(id);
    for (Stage stage : stages) {
      try {
        stage.apply(doc);
        doc.deadline.check("stage '" + stage.name() + "'");
      } catch (DocumentLimitException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ExtractionException(
            "stage '"
                + stage.name()
                + "' failed on document '"
                + id
                + "' ("
                + text.length()
                + " characters): "
                + e,
            e);
      }
    }
    return doc;
  }

  /** Assembles the document; {@code entities} receives the entity of each kept cluster. */
  private Document assemble(WorkingDocument doc, Map<Integer, Entity> entities) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sent s : doc.sentences) {
      sentences.add(
          new Sentence(s.index, new TextSpan(s.begin, s.end), doc.text.substring(s.begin, s.end)));
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      if (!cl.isEmpty()
          && entityTypes.contains(cl.get(0).type)
          && cl.stream()
              .anyMatch(
                  c ->
                      c.kind == Cand.Kind.NAME
                          || c.kind == Cand.Kind.DEMONYM
                          || c.kind == Cand.Kind.COMMON)) {
        order.add(k);
      }
    }
    order.sort(Comparator.comparingInt(k -> doc.clusters.get(k).get(0).begin()));
    int next = 1;
    for (int k : order) {
      entities.put(k, entity("e" + next++, doc, doc.clusters.get(k)));
    }
    List<Relation> relations = new ArrayList<>();
    for (Map.Entry<RelationKey, Found> e : doc.relations.entrySet()) {
      Entity subject = entities.get(e.getKey().subject());
      Entity object = entities.get(e.getKey().object());
      if (subject == null || object == null) {
        continue;
      }
      Found f = e.getValue();
      List<Evidence> evidence = new ArrayList<>();
      f.evidence.sort(Comparator.comparingInt(Found.Span::begin));
      for (Found.Span sp : f.evidence) {
        evidence.add(
            new Evidence(
                sp.sentence(),
                new TextSpan(sp.begin(), sp.end()),
                doc.text.substring(sp.begin(), sp.end()),
                sp.foundBy()));
      }
      relations.add(
          new Relation(
              e.getKey().type(),
              subject,
              object,
              f.confidence,
              f.modality,
              f.attributes,
              evidence));
    }
    relations.sort(
        Comparator.comparing((Relation r) -> r.type())
            .thenComparingInt(r -> r.subject().mentions().get(0).begin())
            .thenComparingInt(r -> r.object().mentions().get(0).begin()));
    return Document.of(doc.id, doc.text, sentences, entities.values(), relations);
  }

  private static Entity entity(String id, WorkingDocument doc, List<Cand> cluster) {
    Cand first = cluster.get(0);
    Entity.Builder b = Entity.builder(id, first.type, canonicalName(doc, cluster));
    if (first.code != null) {
      b.code(first.code);
    }
    if (first.value != null) {
      b.value(first.value);
    }
    if (first.type.equals(EntityType.EVENT)) {
      // the class of the name if there is one, else of the first common noun ("the summit")
      cluster.stream()
          .filter(c -> c.eventClass != null)
          .min(Comparator.comparingInt((Cand c) -> c.kind == Cand.Kind.NAME ? 0 : 1))
          .ifPresent(c -> b.eventClass(requireNonNull(c.eventClass)));
      b.named(cluster.stream().anyMatch(c -> c.kind == Cand.Kind.NAME));
    }
    Set<Long> seen = new HashSet<>();
    List<Cand> sorted = new ArrayList<>(cluster);
    sorted.sort(Comparator.comparingInt(Cand::begin));
    for (Cand c : sorted) {
      if (seen.add(((long) c.begin() << 32) | c.end())) {
        b.mention(new Mention(c.text(doc.text), new TextSpan(c.begin(), c.end()), c.sent.index));
      }
    }
    return b.build();
  }

  private static String canonicalName(WorkingDocument doc, List<Cand> cluster) {
    Cand first = cluster.get(0);
    if (first.canonical != null) {
      return first.canonical;
    }
    if (first.type.equals(EntityType.PERSON)) {
      String best = "";
      for (Cand c : cluster) {
        String t = c.text(doc.text);
        if (c.kind == Cand.Kind.NAME && t.length() > best.length()) {
          best = t;
        }
      }
      return best;
    }
    boolean named = cluster.stream().anyMatch(c -> c.kind == Cand.Kind.NAME);
    if (!named && first.kind == Cand.Kind.COMMON) {
      // an event known by common nouns only: its fullest description ("first all-race elections")
      Cand best = first;
      for (Cand c : cluster) {
        if (c.kind == Cand.Kind.COMMON && c.te - c.tb > best.te - best.tb) {
          best = c;
        }
      }
      return Lexicon.normalize(best.text(doc.text));
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Cand c : cluster) {
      if (c.kind != Cand.Kind.NAME) {
        continue;
      }
      String t = Lexicon.normalize(c.text(doc.text));
      int n = counts.merge(t, 1, Integer::sum);
      if (best == null || n > requireNonNull(counts.get(best))) {
        best = t;
      }
    }
    return best != null ? best : first.text(doc.text);
  }
}
