package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/** A port of {@code shared/tools/score_graph.py}; see {@link Scorer#scoreGraph}. Stateless. */
final class GraphScoring {

  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?U)\\s*'s$");

  private GraphScoring() {}

  static String norm(String s) {
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    s = SPACES.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return POSSESSIVE.matcher(s).replaceAll("");
  }

  private static boolean typeOk(String type, GoldGraph.Entity g) {
    return type.equals(g.type().name())
        || g.alsoTypes().stream().anyMatch(t -> t.name().equals(type));
  }

  static Report score(GoldGraph gold, Scorer.SysDoc sys) {
    Map<String, GoldGraph.Entity> gents = new LinkedHashMap<>();
    Map<String, List<String>> alias = new LinkedHashMap<>();
    for (GoldGraph.Entity g : gold.entities()) {
      gents.put(g.id(), g);
      for (String a : g.aliases()) {
        alias.computeIfAbsent(norm(a), k -> new ArrayList<>()).add(g.id());
      }
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    for (Scorer.SysEntity e : sys.entities) {
      String cand = null;
      for (String gid : alias.getOrDefault(norm(e.name()), List.of())) {
        if (typeOk(e.type(), requireNonNull(gents.get(gid)))) {
          cand = gid;
          break;
        }
      }
      if (cand == null) {
        List<String> texts = new ArrayList<>(e.texts());
        if (e.value() != null) {
          texts.add(e.value());
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String t : texts) {
          for (String gid : alias.getOrDefault(norm(t), List.of())) {
            if (typeOk(e.type(), requireNonNull(gents.get(gid)))) {
              votes.merge(gid, 1, Integer::sum);
            }
          }
        }
        int best = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
          if (v.getValue() > best) {
            best = v.getValue();
            cand = v.getKey();
          }
        }
      }
      if (cand != null) {
        mapping.put(e.id(), cand);
      }
    }
    List<Finding> findings = new ArrayList<>();
    String doc = gold.documentId();
    Set<String> etypes = new HashSet<>();
    for (EntityType t : gold.scoredEntityTypes()) {
      etypes.add(t.name());
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    int efp = 0;
    for (Scorer.SysEntity e : sys.entities) {
      if (!etypes.contains(e.type())) {
        continue;
      }
      String gid = mapping.get(e.id());
      if (gid == null) {
        efp++;
        findings.add(
            new Finding(
                doc, "entities", Finding.Kind.FALSE_POSITIVE, e.type() + " '" + e.name() + "'"));
        continue;
      }
      if (seen.merge(gid, 1, Integer::sum) > 1) {
        efp++;
        findings.add(
            new Finding(
                doc,
                "entities",
                Finding.Kind.FALSE_POSITIVE,
                "duplicate " + e.type() + " '" + e.name() + "' -> " + gid));
      }
    }
    int etp = 0;
    int efn = 0;
    for (GoldGraph.Entity g : gold.entities()) {
      if (!g.required()) {
        continue;
      }
      if (seen.containsKey(g.id())) {
        etp++;
      } else {
        efn++;
        findings.add(new Finding(doc, "entities", Finding.Kind.MISS, g.type() + " " + g.id()));
      }
    }
    Set<List<String>> req = new HashSet<>();
    Set<List<String>> opt = new HashSet<>();
    for (GoldGraph.Relation r : gold.relations()) {
      (r.required() ? req : opt).add(List.of(r.type().name(), r.subject(), r.object()));
    }
    Set<String> rtypes = new HashSet<>();
    for (RelationType t : gold.scoredRelationTypes()) {
      rtypes.add(t.name());
    }
    Map<List<String>, Integer> got = new LinkedHashMap<>();
    // per relation type, as the referee's relations_by_type: {tp, fp, fn}
    Map<String, int[]> byType = new java.util.TreeMap<>();
    RuleCounts rules = new RuleCounts();
    int rfp = 0;
    for (Scorer.SysRelation r : sys.relations) {
      if (!rtypes.contains(r.type())) {
        continue;
      }
      List<String> key =
          java.util.Arrays.asList(r.type(), mapping.get(r.subject()), mapping.get(r.object()));
      if (req.contains(key) || opt.contains(key)) {
        if (got.merge(key, 1, Integer::sum) > 1) {
          rfp++;
          byType.computeIfAbsent(r.type(), k -> new int[3])[1]++;
          rules.credit(r, RuleCounts.Verdict.FALSE_POSITIVE);
          findings.add(
              new Finding(doc, "relations", Finding.Kind.FALSE_POSITIVE, "duplicate " + key));
        } else {
          // found once: a required relation counts as found below, an optional one neither way
          rules.credit(
              r, req.contains(key) ? RuleCounts.Verdict.TRUE_POSITIVE : RuleCounts.Verdict.NEUTRAL);
        }
      } else {
        rfp++;
        byType.computeIfAbsent(r.type(), k -> new int[3])[1]++;
        rules.credit(r, RuleCounts.Verdict.FALSE_POSITIVE);
        findings.add(
            new Finding(
                doc,
                "relations",
                Finding.Kind.FALSE_POSITIVE,
                r.type() + " " + r.subject() + " -> " + r.object() + " (mapped " + key + ")"));
      }
    }
    int rtp = 0;
    int rfn = 0;
    for (List<String> k : req) {
      if (got.containsKey(k)) {
        rtp++;
        byType.computeIfAbsent(k.get(0), t -> new int[3])[0]++;
      } else {
        rfn++;
        byType.computeIfAbsent(k.get(0), t -> new int[3])[2]++;
        findings.add(new Finding(doc, "relations", Finding.Kind.MISS, k.toString()));
      }
    }
    int codesOk = 0;
    int codesAll = 0;
    for (Scorer.SysEntity e : sys.entities) {
      String gid = mapping.get(e.id());
      if (gid != null && requireNonNull(gents.get(gid)).code().isPresent()) {
        codesAll++;
        if (gents.get(gid).code().get().equals(e.code())) {
          codesOk++;
        }
      }
    }
    Score entities = new Score("entities", etp, efp, efn);
    Score relations = new Score("relations", rtp, rfp, rfn);
    Score codes = new Score("country codes", codesOk, codesAll - codesOk, 0);
    ImmutableList.Builder<Score> rows = ImmutableList.builder();
    rows.add(codes, entities);
    for (Map.Entry<String, int[]> t : byType.entrySet()) {
      int[] c = t.getValue();
      rows.add(new Score("relation " + t.getKey(), c[0], c[1], c[2]));
    }
    rows.add(relations);
    return new Report(
        Dataset.GRAPH,
        1,
        0,
        rows.build(),
        entities,
        Optional.of(relations),
        Optional.empty(),
        ImmutableList.copyOf(findings),
        rules.sorted());
  }

  /**
   * Scores a folder of gold graphs, one system document each (matched by id; a graph without one
   * counts as a document where the system found nothing), as {@code news_graphs.py} does: each file
   * by {@link #score}, then every row and rule summed over the files (micro figures).
   */
  static Report scoreAll(List<GoldGraph> gold, Map<String, Scorer.SysDoc> sys) {
    Map<String, Score> rows = new java.util.TreeMap<>();
    RuleCounts rules = new RuleCounts();
    List<Finding> findings = new ArrayList<>();
    int missing = 0;
    for (GoldGraph g : gold) {
      Scorer.SysDoc s = sys.get(g.documentId());
      if (s == null) {
        missing++;
        s = new Scorer.SysDoc(g.documentId());
      }
      Report one = score(g, s);
      for (Score row : one.scores()) {
        rows.merge(row.name(), row, Score::plus);
      }
      rules.addAll(one.rules());
      findings.addAll(one.findings());
    }
    Score entities = rows.getOrDefault("entities", new Score("entities", 0, 0, 0));
    Score relations = rows.getOrDefault("relations", new Score("relations", 0, 0, 0));
    rows.putIfAbsent("country codes", new Score("country codes", 0, 0, 0));
    return new Report(
        Dataset.NEWS_GRAPHS,
        gold.size(),
        missing,
        ImmutableList.copyOf(rows.values()),
        entities,
        Optional.of(relations),
        Optional.empty(),
        ImmutableList.copyOf(findings),
        rules.sorted());
  }
}
