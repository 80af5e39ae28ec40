package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/**
 * Scores system documents against gold documents with the referee's rules ({@code
 * shared/tools/eval_datasets.py}), so that its figures and the referee's agree.
 *
 * <ul>
 *   <li>A system mention matches a gold mention when the spans overlap and share their first or
 *       last character (lenient), or are identical (strict). Each gold mention matches at most one
 *       system mention, in text order.
 *   <li>System mentions that read as a pronoun ("he", "its"; not "US") are skipped.
 *   <li>An unmatched system mention is no false positive when it overlaps a gold mention of the
 *       scored type (a duplicate), is a LOCATION scored as CITY (a system LOCATION counts for a
 *       gold CITY, but is no CITY's false positive), overlaps a neutral span, or lies strictly
 *       inside a longer gold name of another label ("Canadian" in an election's name).
 *   <li>DWIE entity level: a gold cluster is found when a system mention of its type matches any of
 *       its mentions; a system entity is a false positive when none of its mentions matches a gold
 *       mention of its type or a neutral span.
 *   <li>Relations: each system entity maps to the gold cluster its mentions hit most often (first
 *       one on ties). A system relation is a true positive when the gold has that relation between
 *       those clusters and it was not already counted; otherwise, duplicates included, a false
 *       positive. Unfound gold relations are misses.
 *   <li>By rule ({@link Report#rules()}): the verdict on each system relation counts for every rule
 *       its evidence names ({@link org.newsgraph.relation.Evidence#foundBy()}), once per rule.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Report report = Scorer.score(Dataset.DWIE, gold, systemDocuments);
 * System.out.print(report.toTable());
 * }</pre>
 */
public final class Scorer {

  /**
   * The pronouns no gold set annotates: system mentions reading so are neither rewarded nor
   * penalised.
   */
  static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of(
          "i",
          "me",
          "my",
          "mine",
          "myself",
          "you",
          "your",
          "yours",
          "yourself",
          "he",
          "him",
          "his",
          "himself",
          "she",
          "her",
          "hers",
          "herself",
          "it",
          "its",
          "itself",
          "we",
          "us",
          "our",
          "ours",
          "ourselves",
          "they",
          "them",
          "their",
          "theirs",
          "themselves",
          "who",
          "whom",
          "whose",
          "which",
          "that",
          "this",
          "these",
          "those");

  /** The confidence from which {@link Report#relationsAtHalf()} counts a relation. */
  public static final double CONFIDENCE_THRESHOLD = 0.5;

  private Scorer() {}

  /**
   * Scores system documents against gold documents; a gold document with no system document of the
   * same id counts as one where the system found nothing.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Report score(Dataset dataset, List<GoldDocument> gold, List<Document> system) {
    return score(dataset, gold, system, EventScope.ALL);
  }

  /**
   * Scores system documents as {@link #score(Dataset, List, List)} does, keeping only the events of
   * the scope: {@link EventScope#NAMED} leaves out events mentioned by common nouns alone ("the
   * summit"), with their relations, as DWIE and CrossNER annotate named events only.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Report score(
      Dataset dataset, List<GoldDocument> gold, List<Document> system, EventScope events) {
    requireNonNull(dataset, "dataset");
    requireNonNull(gold, "gold");
    requireNonNull(system, "system");
    requireNonNull(events, "events");
    Map<String, SysDoc> sys = new HashMap<>();
    for (Document d : system) {
      sys.put(d.id(), SysDoc.of(d).keep(events));
    }
    return score(dataset, gold, sys);
  }

  /**
   * Scores the command-line tool's JSON Lines output ({@code --format jsonl}, one document per line
   * with the gold document's id) against gold documents. Lines without entities, such as error
   * records, count as documents where the system found nothing.
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a line is not a JSON object
   */
  public static Report scoreJsonl(Dataset dataset, List<GoldDocument> gold, Path predictions) {
    return scoreJsonl(dataset, gold, predictions, EventScope.ALL);
  }

  /**
   * Scores JSON Lines output as {@link #scoreJsonl(Dataset, List, Path)} does, keeping only the
   * events of the scope (an event whose {@code "named"} field is {@code false} is a common-noun
   * event).
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a line is not a JSON object
   */
  public static Report scoreJsonl(
      Dataset dataset, List<GoldDocument> gold, Path predictions, EventScope events) {
    requireNonNull(dataset, "dataset");
    requireNonNull(gold, "gold");
    requireNonNull(predictions, "predictions");
    requireNonNull(events, "events");
    return score(dataset, gold, readJsonl(predictions, events));
  }

  private static Map<String, SysDoc> readJsonl(Path predictions, EventScope events) {
    Map<String, SysDoc> sys = new HashMap<>();
    String[] lines = Dataset.readString(predictions).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Map<String, Object> d;
      try {
        d = Json.object(Json.parse(lines[i]), "a predictions line");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line "
                + (i + 1)
                + " of "
                + predictions
                + " is no NewsGraph JSON document: "
                + e.getMessage()
                + "; write predictions with --format jsonl",
            e);
      }
      SysDoc s = SysDoc.ofJson(d).keep(events);
      sys.put(s.id, s);
    }
    return sys;
  }

  // ------------------------------------------------------------------ system side

  private record SysMention(int begin, int end, String type, String entity) {}

  record SysEntity(
      String id,
      String type,
      String name,
      ImmutableList<int[]> spans,
      ImmutableList<String> texts,
      @Nullable String code,
      @Nullable String value,
      boolean named) {}

  /**
   * A system relation; {@code rules} are the distinct rule names its evidence gives ({@code
   * foundBy}), in evidence order, empty when the evidence names none.
   */
  record SysRelation(
      String type, String subject, String object, double confidence, ImmutableList<String> rules) {}

  static final class SysDoc {
    final String id;
    final List<SysEntity> entities = new ArrayList<>();
    final List<SysRelation> relations = new ArrayList<>();

    SysDoc(String id) {
      this.id = id;
    }

    static SysDoc of(Document d) {
      SysDoc s = new SysDoc(d.id());
      for (Entity e : d.entities()) {
        ImmutableList.Builder<int[]> spans = ImmutableList.builder();
        ImmutableList.Builder<String> texts = ImmutableList.builder();
        for (Mention m : e.mentions()) {
          spans.add(new int[] {m.begin(), m.end()});
          texts.add(m.text());
        }
        s.entities.add(
            new SysEntity(
                e.id(),
                e.type().name(),
                e.name(),
                spans.build(),
                texts.build(),
                e.code().orElse(null),
                e.value().orElse(null),
                e.isNamed()));
      }
      for (Relation r : d.relations()) {
        s.relations.add(
            new SysRelation(
                r.type().name(),
                r.subject().id(),
                r.object().id(),
                r.confidence(),
                r.evidence().stream()
                    .map(Evidence::foundBy)
                    .distinct()
                    .collect(ImmutableList.toImmutableList())));
      }
      return s;
    }

    /** This document without the events outside the scope, and without their relations. */
    SysDoc keep(EventScope events) {
      if (events == EventScope.ALL) {
        return this;
      }
      SysDoc s = new SysDoc(id);
      Set<String> dropped = new HashSet<>();
      for (SysEntity e : entities) {
        if (e.type().equals(EntityType.EVENT.name()) && !e.named()) {
          dropped.add(e.id());
        } else {
          s.entities.add(e);
        }
      }
      for (SysRelation r : relations) {
        if (!dropped.contains(r.subject()) && !dropped.contains(r.object())) {
          s.relations.add(r);
        }
      }
      return s;
    }

    static SysDoc ofJson(Map<String, Object> d) {
      if (d.containsKey("documents")) {
        // a --format json array wrapper, as score_graph.py accepts
        return ofJson(
            Json.object(Json.array(d.get("documents"), "documents").get(0), "a document"));
      }
      Object id = d.get("id");
      SysDoc s = new SysDoc(id instanceof String ? (String) id : String.valueOf(id));
      Object entities = d.get("entities");
      if (entities != null) {
        for (Object eo : Json.array(entities, "entities")) {
          Map<String, Object> e = Json.object(eo, "an entity");
          ImmutableList.Builder<int[]> spans = ImmutableList.builder();
          ImmutableList.Builder<String> texts = ImmutableList.builder();
          Object ms = e.get("mentions");
          if (ms != null) {
            for (Object mo : Json.array(ms, "mentions")) {
              Map<String, Object> m = Json.object(mo, "a mention");
              Object b = m.get("begin");
              Object en = m.get("end");
              if (b instanceof Long && en instanceof Long) {
                spans.add(new int[] {Json.integer(b, "begin"), Json.integer(en, "end")});
              }
              Object t = m.get("text");
              texts.add(t instanceof String ? (String) t : "");
            }
          }
          Object code = e.get("code");
          Object value = e.get("value");
          Object named = e.get("named");
          s.entities.add(
              new SysEntity(
                  String.valueOf(e.get("id")),
                  String.valueOf(e.get("type")),
                  String.valueOf(e.get("name")),
                  spans.build(),
                  texts.build(),
                  code instanceof String ? (String) code : null,
                  value instanceof String ? (String) value : null,
                  !Boolean.FALSE.equals(named)));
        }
      }
      Object relations = d.get("relations");
      if (relations != null) {
        for (Object ro : Json.array(relations, "relations")) {
          Map<String, Object> r = Json.object(ro, "a relation");
          Object c = r.get("confidence");
          s.relations.add(
              new SysRelation(
                  String.valueOf(r.get("type")),
                  String.valueOf(r.get("subject")),
                  String.valueOf(r.get("object")),
                  c instanceof Number ? ((Number) c).doubleValue() : 1.0,
                  rules(r.get("evidence"))));
        }
      }
      return s;
    }
  }

  /** The distinct {@code foundBy} names of a JSON relation's evidence, in order. */
  private static ImmutableList<String> rules(@Nullable Object evidence) {
    if (evidence == null) {
      return ImmutableList.of();
    }
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Object eo : Json.array(evidence, "evidence")) {
      Object by = Json.object(eo, "an evidence entry").get("foundBy");
      if (by instanceof String && !((String) by).isBlank()) {
        names.add((String) by);
      }
    }
    return ImmutableList.copyOf(names);
  }

  /**
   * Scores one document against a gold graph with the rules of {@code shared/tools/score_graph.py}:
   * an entity maps to the gold entity one of whose aliases is its name (else the one most of its
   * mention texts name) and whose type or also-types holds its type; relations match by type and
   * mapped ends; unmapped entities and relations of scored types, and duplicates, are false
   * positives; only required items can be missed. The report has the rows {@code entities} and
   * {@code relations}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Report scoreGraph(GoldGraph gold, Document system) {
    requireNonNull(gold, "gold");
    requireNonNull(system, "system");
    return GraphScoring.score(gold, SysDoc.of(system));
  }

  /**
   * Scores the first document of a {@code --format json} or {@code jsonl} file against a gold
   * graph; see {@link #scoreGraph(GoldGraph, Document)}.
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file holds no NewsGraph JSON document
   */
  public static Report scoreGraph(GoldGraph gold, Path system) {
    requireNonNull(gold, "gold");
    requireNonNull(system, "system");
    String text = Dataset.readString(system).strip();
    Object parsed;
    try {
      parsed = Json.parse(text);
    } catch (IllegalArgumentException e) {
      parsed = Json.parse(text.split("\n", -1)[0]);
    }
    if (parsed instanceof List) {
      parsed = ((List<?>) parsed).get(0);
    }
    return GraphScoring.score(gold, SysDoc.ofJson(Json.object(parsed, "the system document")));
  }

  /**
   * Scores a folder of gold graphs ({@link GoldGraph#readFolder}, {@link Dataset#NEWS_GRAPHS}) as
   * {@code news_graphs.py} does: each graph against the system document with its {@link
   * GoldGraph#documentId() id} by the rules of {@link #scoreGraph(GoldGraph, Document)}, then every
   * row (entities, relations, relations per type, country codes) and every rule summed over the
   * graphs. A graph with no system document counts as one where the system found nothing.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Report scoreGraphs(List<GoldGraph> gold, List<Document> system) {
    requireNonNull(gold, "gold");
    requireNonNull(system, "system");
    Map<String, SysDoc> sys = new HashMap<>();
    for (Document d : system) {
      sys.put(d.id(), SysDoc.of(d));
    }
    return GraphScoring.scoreAll(gold, sys);
  }

  /**
   * Scores the command-line tool's JSON Lines output ({@code --format jsonl} on the texts of the
   * graphs, with their ids) against a folder of gold graphs; see {@link #scoreGraphs(List, List)}.
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a line is not a JSON object
   */
  public static Report scoreGraphs(List<GoldGraph> gold, Path predictions) {
    requireNonNull(gold, "gold");
    requireNonNull(predictions, "predictions");
    return GraphScoring.scoreAll(gold, readJsonl(predictions, EventScope.ALL));
  }

  // ------------------------------------------------------------------ scoring

  private static final class Counts {
    final Map<String, int[]> rows = new TreeMap<>();
    final List<Finding> findings = new ArrayList<>();
    final RuleCounts rules = new RuleCounts();

    void add(String row, int tp, int fp, int fn) {
      int[] c = rows.computeIfAbsent(row, k -> new int[3]);
      c[0] += tp;
      c[1] += fp;
      c[2] += fn;
    }

    Score get(String row) {
      int[] c = rows.getOrDefault(row, new int[3]);
      return new Score(row, c[0], c[1], c[2]);
    }
  }

  private static Report score(
      Dataset dataset, List<GoldDocument> goldList, Map<String, SysDoc> sys) {
    // later documents with the same id replace earlier ones, as in the referee's dict
    Map<String, GoldDocument> gold = new LinkedHashMap<>();
    for (GoldDocument g : goldList) {
      gold.put(g.id(), g);
    }
    Set<String> rtypes = new HashSet<>();
    for (RelationType t : dataset.scoredRelationTypes()) {
      rtypes.add(t.name());
    }
    Counts c = new Counts();
    Counts half = new Counts();
    int missing = 0;
    for (GoldDocument g : gold.values()) {
      SysDoc s = sys.get(g.id());
      if (s == null) {
        missing++;
        s = new SysDoc(g.id());
      }
      List<SysMention> smentions = systemMentions(g, s);
      for (boolean strict : new boolean[] {false, true}) {
        for (EntityType t : dataset.scoredEntityTypes()) {
          scoreMentions(g, smentions, t, strict, c);
        }
      }
      if (dataset.scoresEntityLevel()) {
        for (EntityType t : dataset.scoredEntityTypes()) {
          scoreEntities(g, s, smentions, t, c);
        }
      }
      if (!rtypes.isEmpty()) {
        scoreRelations(g, s, smentions, rtypes, 0.0, c, true);
        scoreRelations(g, s, smentions, rtypes, CONFIDENCE_THRESHOLD, half, false);
      }
    }
    ImmutableList.Builder<Score> rows = ImmutableList.builder();
    Score mentions = new Score("mentions_lenient_micro", 0, 0, 0);
    Score relations = new Score("relations_micro", 0, 0, 0);
    Score relationsHalf = new Score("relations_micro confidence>=0.5", 0, 0, 0);
    for (String row : c.rows.keySet()) {
      Score sc = c.get(row);
      rows.add(sc);
      if (row.startsWith("relation ")) {
        relations = relations.plus(sc);
      }
    }
    for (String row : half.rows.keySet()) {
      relationsHalf = relationsHalf.plus(half.get(row));
    }
    for (EntityType t : dataset.scoredEntityTypes()) {
      mentions = mentions.plus(c.get("mention lenient " + t.name()));
    }
    return new Report(
        dataset,
        gold.size(),
        missing,
        rows.build(),
        mentions,
        rtypes.isEmpty() ? Optional.empty() : Optional.of(relations),
        rtypes.isEmpty() ? Optional.empty() : Optional.of(relationsHalf),
        ImmutableList.copyOf(c.findings),
        c.rules.sorted());
  }

  private static List<SysMention> systemMentions(GoldDocument g, SysDoc s) {
    List<SysMention> out = new ArrayList<>();
    String text = g.text();
    for (SysEntity e : s.entities) {
      for (int[] m : e.spans()) {
        String mt =
            0 <= m[0] && m[0] < m[1] && m[1] <= text.length() ? text.substring(m[0], m[1]) : "";
        mt = mt.strip();
        if (PRONOUNS.contains(mt.toLowerCase(Locale.ROOT))
            && !(isUpper(mt) && mt.codePointCount(0, mt.length()) > 1)) {
          continue; // no gold here annotates pronouns: neither rewarded nor penalised ("US" is a
          // country)
        }
        out.add(new SysMention(m[0], m[1], e.type(), e.id()));
      }
    }
    return out;
  }

  /** Python's {@code str.isupper()}: some cased character and no lower-case one. */
  private static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      if (Character.isUpperCase(ch) || Character.isTitleCase(ch)) {
        cased = true;
      }
    }
    return cased;
  }

  static boolean overlapMatch(int ab, int ae, int bb, int be, boolean strict) {
    if (strict) {
      return ab == bb && ae == be;
    }
    return ab < be && bb < ae && (ab == bb || ae == be);
  }

  private static boolean overlap(SysMention x, TextSpan m, boolean strict) {
    return overlapMatch(x.begin(), x.end(), m.begin(), m.end(), strict);
  }

  static boolean typeOk(String sysType, EntityType goldType) {
    if (sysType.equals(goldType.name())) {
      return true;
    }
    ImmutableList<EntityType> aliases = Dataset.TYPE_ALIASES.get(goldType);
    return aliases != null && aliases.stream().anyMatch(a -> a.name().equals(sysType));
  }

  private static void scoreMentions(
      GoldDocument g, List<SysMention> smentions, EntityType t, boolean strict, Counts c) {
    String row = "mention " + (strict ? "strict " : "lenient ") + t.name();
    List<GoldMention> gm = new ArrayList<>();
    for (GoldMention m : g.mentions()) {
      if (m.type().equals(t)) {
        gm.add(m);
      }
    }
    List<SysMention> sm = new ArrayList<>();
    for (SysMention x : smentions) {
      if (typeOk(x.type(), t)) {
        sm.add(x);
      }
    }
    boolean[] used = new boolean[sm.size()];
    int tp = 0;
    for (GoldMention m : gm) {
      int hit = -1;
      for (int k = 0; k < sm.size(); k++) {
        if (!used[k] && overlap(sm.get(k), m.span(), strict)) {
          hit = k;
          break;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        tp++;
      } else if (!strict) {
        c.findings.add(
            new Finding(
                g.id(), row, Finding.Kind.MISS, quote(g.text(), m.span().begin(), m.span().end())));
      }
    }
    int fp = 0;
    for (int k = 0; k < sm.size(); k++) {
      if (used[k]) {
        continue;
      }
      SysMention x = sm.get(k);
      if (isExcused(g, x, t)) {
        continue;
      }
      fp++;
      if (!strict) {
        c.findings.add(
            new Finding(
                g.id(),
                row,
                Finding.Kind.FALSE_POSITIVE,
                quote(g.text(), x.begin(), x.end()) + " as " + x.type() + " " + x.entity()));
      }
    }
    c.add(row, tp, fp, gm.size() - tp);
  }

  /** The referee's reasons why an unmatched system mention is no false positive. */
  private static boolean isExcused(GoldDocument g, SysMention x, EntityType t) {
    for (GoldMention m : g.mentions()) {
      if (m.type().equals(t) && overlap(x, m.span(), false)) {
        return true; // a second system mention on an already matched gold span
      }
    }
    if (!x.type().equals(t.name()) && Dataset.TYPE_ALIASES.containsKey(t)) {
      return true; // a LOCATION that is no CITY is not CITY's false positive
    }
    for (TextSpan n : g.neutral()) {
      if (overlap(x, n, false)) {
        return true;
      }
    }
    for (GoldSpan o : g.others()) {
      TextSpan os = o.span();
      if (os.begin() <= x.begin()
          && x.end() <= os.end()
          && os.length() > x.end() - x.begin()
          && !o.label().equals(t.name())) {
        return true; // nested inside a gold name of another type ("Canadian" in an election's name)
      }
    }
    return false;
  }

  private static void scoreEntities(
      GoldDocument g, SysDoc s, List<SysMention> smentions, EntityType t, Counts c) {
    String row = "entity " + t.name();
    int found = 0;
    int clusters = 0;
    for (Map.Entry<Integer, EntityType> cl : g.clusters().entrySet()) {
      if (!cl.getValue().equals(t)) {
        continue;
      }
      clusters++;
      boolean hit = false;
      GoldMention first = null;
      for (GoldMention m : g.mentions()) {
        if (m.cluster() != cl.getKey()) {
          continue;
        }
        if (first == null) {
          first = m;
        }
        for (SysMention x : smentions) {
          if (typeOk(x.type(), t) && overlap(x, m.span(), false)) {
            hit = true;
            break;
          }
        }
        if (hit) {
          break;
        }
      }
      if (hit) {
        found++;
      } else if (first != null) {
        c.findings.add(
            new Finding(
                g.id(),
                row,
                Finding.Kind.MISS,
                quote(g.text(), first.span().begin(), first.span().end())));
      }
    }
    int fp = 0;
    for (SysEntity e : s.entities) {
      if (!typeOk(e.type(), t)
          || (Dataset.TYPE_ALIASES.containsKey(t) && !e.type().equals(t.name()))) {
        continue;
      }
      if (entityExcused(g, e, t)) {
        continue;
      }
      fp++;
      c.findings.add(
          new Finding(g.id(), row, Finding.Kind.FALSE_POSITIVE, "'" + e.name() + "' " + e.id()));
    }
    c.add(row, found, fp, clusters - found);
  }

  private static boolean entityExcused(GoldDocument g, SysEntity e, EntityType t) {
    for (int[] x : e.spans()) {
      for (GoldMention m : g.mentions()) {
        if (m.type().equals(t)
            && overlapMatch(x[0], x[1], m.span().begin(), m.span().end(), false)) {
          return true;
        }
      }
    }
    for (int[] x : e.spans()) {
      for (TextSpan n : g.neutral()) {
        if (overlapMatch(x[0], x[1], n.begin(), n.end(), false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void scoreRelations(
      GoldDocument g,
      SysDoc s,
      List<SysMention> smentions,
      Set<String> rtypes,
      double minConfidence,
      Counts c,
      boolean record) {
    Map<String, Map<Integer, Integer>> emap = new LinkedHashMap<>();
    for (SysMention x : smentions) {
      for (GoldMention m : g.mentions()) {
        if (overlap(x, m.span(), false)) {
          emap.computeIfAbsent(x.entity(), k -> new LinkedHashMap<>())
              .merge(m.cluster(), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> best = new HashMap<>();
    for (Map.Entry<String, Map<Integer, Integer>> e : emap.entrySet()) {
      int bestCluster = -1;
      int bestCount = -1;
      for (Map.Entry<Integer, Integer> cc : e.getValue().entrySet()) {
        if (cc.getValue() > bestCount) {
          bestCount = cc.getValue();
          bestCluster = cc.getKey();
        }
      }
      best.put(e.getKey(), bestCluster);
    }
    Map<String, SysEntity> byId = new HashMap<>();
    for (SysEntity e : s.entities) {
      byId.putIfAbsent(e.id(), e);
    }
    Set<GoldRelation> seen = new HashSet<>();
    for (SysRelation r : s.relations) {
      if (!rtypes.contains(r.type()) || r.confidence() < minConfidence) {
        continue;
      }
      String row = "relation " + r.type();
      Integer subj = best.get(r.subject());
      Integer obj = best.get(r.object());
      GoldRelation key =
          subj != null && obj != null
              ? new GoldRelation(RelationType.valueOf(r.type()), subj, obj)
              : null;
      if (key != null && g.relations().contains(key) && seen.add(key)) {
        c.add(row, 1, 0, 0);
        if (record) {
          c.rules.credit(r, RuleCounts.Verdict.TRUE_POSITIVE);
        }
      } else {
        c.add(row, 0, 1, 0);
        if (record) {
          c.rules.credit(r, RuleCounts.Verdict.FALSE_POSITIVE);
          c.findings.add(
              new Finding(
                  g.id(),
                  row,
                  Finding.Kind.FALSE_POSITIVE,
                  name(byId, r.subject())
                      + " -> "
                      + name(byId, r.object())
                      + " (gold clusters "
                      + subj
                      + " -> "
                      + obj
                      + ")"));
        }
      }
    }
    for (GoldRelation key : g.relations()) {
      if (rtypes.contains(key.type().name()) && !seen.contains(key)) {
        String row = "relation " + key.type().name();
        c.add(row, 0, 0, 1);
        if (record) {
          c.findings.add(
              new Finding(
                  g.id(),
                  row,
                  Finding.Kind.MISS,
                  clusterName(g, key.subject()) + " -> " + clusterName(g, key.object())));
        }
      }
    }
  }

  private static String name(Map<String, SysEntity> byId, String id) {
    SysEntity e = byId.get(id);
    return e == null ? id : "'" + e.name() + "' " + id;
  }

  private static String clusterName(GoldDocument g, int cluster) {
    for (GoldMention m : g.mentions()) {
      if (m.cluster() == cluster) {
        return quote(g.text(), m.span().begin(), m.span().end());
      }
    }
    return "cluster " + cluster;
  }

  private static String quote(String text, int begin, int end) {
    @Nullable String t =
        0 <= begin && begin < end && end <= text.length() ? text.substring(begin, end) : null;
    return "'" + (t == null ? "" : t.replace('\n', ' ')) + "' [" + begin + ", " + end + ")";
  }
}
