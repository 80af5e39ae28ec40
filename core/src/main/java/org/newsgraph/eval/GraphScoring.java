package org.newsgraph.eval;

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
        if (typeOk(e.type(), gents.get(gid))) {
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
            if (typeOk(e.type(), gents.get(gid))) {
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
        findings.add(new Finding(doc, "entities", Finding.Kind.FALSE_POSITIVE,
            e.type() + " '" + e.name() + "'"));
        continue;
      }
      if (seen.merge(gid, 1, Integer::sum) > 1) {
        efp++;
        findings.add(new Finding(doc, "entities", Finding.Kind.FALSE_POSITIVE,
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
          findings.add(new Finding(doc, "relations", Finding.Kind.FALSE_POSITIVE, "duplicate " + key));
        }
      } else {
        rfp++;
        findings.add(new Finding(doc, "relations", Finding.Kind.FALSE_POSITIVE,
            r.type() + " " + r.subject() + " -> " + r.object() + " (mapped " + key + ")"));
      }
    }
    int rtp = 0;
    int rfn = 0;
    for (List<String> k : req) {
      if (got.containsKey(k)) {
        rtp++;
      } else {
        rfn++;
        findings.add(new Finding(doc, "relations", Finding.Kind.MISS, k.toString()));
      }
    }
    int codesOk = 0;
    int codesAll = 0;
    for (Scorer.SysEntity e : sys.entities) {
      String gid = mapping.get(e.id());
      if (gid != null && gents.get(gid).code().isPresent()) {
        codesAll++;
        if (gents.get(gid).code().get().equals(e.code())) {
          codesOk++;
        }
      }
    }
    Score entities = new Score("entities", etp, efp, efn);
    Score relations = new Score("relations", rtp, rfp, rfn);
    Score codes = new Score("country codes", codesOk, codesAll - codesOk, 0);
    return new Report(
        Dataset.GRAPH,
        1,
        0,
        ImmutableList.of(codes, entities, relations),
        entities,
        Optional.of(relations),
        Optional.empty(),
        ImmutableList.copyOf(findings));
  }
}
