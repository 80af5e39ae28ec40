package org.newsgraph.eval;

import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.PERSON;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.RelationType;

/** Ports of the referee's gold readers; see {@link Dataset} for the mapping. Stateless. */
final class GoldReaders {

  /** DWIE's demonym kind, which is no entity type of ours. */
  private static final String DEMONYM = "DEMONYM";

  private static final ImmutableMap<String, EntityType> CROSSNER_TYPES =
      ImmutableMap.of(
          "politician", PERSON,
          "person", PERSON,
          "country", COUNTRY,
          "event", EVENT,
          "election", EVENT);
  private static final ImmutableList<String> CROSSNER_NEUTRAL =
      ImmutableList.of("misc", "location");

  private GoldReaders() {}

  static ImmutableList<GoldDocument> dwie(String docsJson, String conceptsJson) {
    Map<String, Map<Integer, Set<String>>> tagsByTitle = new HashMap<>();
    for (Object o : Json.array(Json.parse(conceptsJson), "the DWIE concepts file")) {
      Map<String, Object> c = Json.object(o, "a DWIE concepts record");
      Map<Integer, Set<String>> tags = new HashMap<>();
      for (Object co : Json.array(c.get("concepts"), "concepts")) {
        Map<String, Object> concept = Json.object(co, "a concept");
        Set<String> t = new HashSet<>();
        for (Object tag : Json.array(concept.get("tags"), "tags")) {
          t.add(Json.string(tag, "a tag"));
        }
        tags.put(Json.integer(concept.get("vertex"), "vertex"), t);
      }
      tagsByTitle.put(Json.string(c.get("title"), "title"), tags);
    }
    ImmutableList.Builder<GoldDocument> out = ImmutableList.builder();
    for (Object o : Json.array(Json.parse(docsJson), "the DWIE documents file")) {
      Map<String, Object> d = Json.object(o, "a DWIE document");
      String title = Json.string(d.get("title"), "title");
      Map<Integer, Set<String>> tags = tagsByTitle.get(title);
      if (tags == null) {
        throw new IllegalArgumentException(
            "DWIE document '"
                + title
                + "' has no record in the concepts file; use the"
                + " dev_concepts.json that belongs to this dev.json");
      }
      List<Object> sents = Json.array(d.get("sents"), "sents");
      Detokenizer.Joined joined = Detokenizer.join(strings(sents.get(0)));
      List<Object> vertexSet = Json.array(d.get("vertexSet"), "vertexSet");
      List<Map<String, Object>> labels = new ArrayList<>();
      for (Object l : Json.array(d.get("labels"), "labels")) {
        labels.add(Json.object(l, "a label"));
      }
      int[] owner = new int[vertexSet.size()];
      for (int v = 0; v < owner.length; v++) {
        owner[v] = v;
      }
      for (Map<String, Object> lab : labels) {
        int h = Json.integer(lab.get("h"), "h");
        int t = Json.integer(lab.get("t"), "t");
        if ("gpe0".equals(lab.get("r"))
            && DEMONYM.equals(dwieKind(tags, h))
            && "COUNTRY".equals(dwieKind(tags, t))) {
          owner[h] = t;
        }
      }
      Map<Integer, EntityType> clusters = new LinkedHashMap<>();
      List<GoldMention> mentions = new ArrayList<>();
      List<TextSpan> neutral = new ArrayList<>();
      List<GoldSpan> others = new ArrayList<>();
      for (int v = 0; v < vertexSet.size(); v++) {
        String k = dwieKind(tags, v);
        int c = owner[v];
        List<TextSpan> spans = new ArrayList<>();
        for (Object m : Json.array(vertexSet.get(v), "a vertex")) {
          List<Object> pos = Json.array(Json.object(m, "a mention").get("pos"), "pos");
          spans.add(span(joined, Json.integer(pos.get(0), "pos"), Json.integer(pos.get(1), "pos")));
        }
        for (TextSpan s : spans) {
          others.add(new GoldSpan(s, k == null ? "None" : k));
        }
        if (DEMONYM.equals(k)) {
          if (c == v) {
            // a demonym with no country in the gold: neither rewarded nor penalised
            neutral.addAll(spans);
            continue;
          }
          k = "COUNTRY";
        }
        if (k == null) {
          neutral.addAll(spans);
          continue;
        }
        EntityType type = EntityType.valueOf(k);
        clusters.put(c, type);
        for (TextSpan s : spans) {
          mentions.add(new GoldMention(s, type, c));
        }
      }
      Set<GoldRelation> rels = new LinkedHashSet<>();
      for (Map<String, Object> lab : labels) {
        String r = Json.string(lab.get("r"), "r");
        int h = owner[Json.integer(lab.get("h"), "h")];
        int t = owner[Json.integer(lab.get("t"), "t")];
        EntityType ht = clusters.get(h);
        EntityType tt = clusters.get(t);
        RelationType type = null;
        switch (r) {
          case "head_of_state":
          case "head_of_gov":
          case "head_of_state-x":
          case "head_of_gov-x":
            type = PERSON.equals(ht) && COUNTRY.equals(tt) ? RelationType.LEADER_OF : null;
            break;
          case "citizen_of":
          case "citizen_of-x":
            type = PERSON.equals(ht) && COUNTRY.equals(tt) ? RelationType.CITIZEN_OF : null;
            break;
          case "event_in0":
          case "event_in1":
          case "event_in2":
            type =
                EVENT.equals(ht) && (COUNTRY.equals(tt) || CITY.equals(tt))
                    ? RelationType.LOCATED_IN
                    : null;
            break;
          default:
            break;
        }
        if (type != null) {
          rels.add(new GoldRelation(type, h, t));
        }
      }
      out.add(
          new GoldDocument(
              title,
              joined.text(),
              ImmutableList.copyOf(mentions),
              ImmutableMap.copyOf(clusters),
              com.google.common.collect.ImmutableSet.copyOf(rels),
              ImmutableList.copyOf(neutral),
              ImmutableList.copyOf(others)));
    }
    return out.build();
  }

  private static @Nullable String dwieKind(Map<Integer, Set<String>> tags, int v) {
    Set<String> t = tags.getOrDefault(v, Set.of());
    if (t.contains("type::gpe0")) {
      return "COUNTRY";
    }
    if (t.contains("type::gpe0-x")) {
      return DEMONYM;
    }
    if (t.contains("type::person")) {
      return "PERSON";
    }
    if (t.contains("type::gpe2")) {
      return "CITY";
    }
    if (t.contains("type::event")) {
      return "EVENT";
    }
    return null;
  }

  static ImmutableList<GoldDocument> crossner(String content) {
    ImmutableList.Builder<GoldDocument> out = ImmutableList.builder();
    List<String[]> sent = new ArrayList<>();
    List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
    lines.add("");
    int n = 0;
    for (String line : lines) {
      if (!line.strip().isEmpty()) {
        int cut = line.contains("\t") ? line.lastIndexOf('\t') : line.lastIndexOf(' ');
        if (cut < 0) {
          throw new IllegalArgumentException(
              "CrossNER line '" + line + "' has no tag; expected token<TAB>tag");
        }
        sent.add(new String[] {line.substring(0, cut), line.substring(cut + 1)});
        continue;
      }
      if (sent.isEmpty()) {
        continue;
      }
      List<String> toks = new ArrayList<>();
      for (String[] t : sent) {
        toks.add(t[0]);
      }
      Detokenizer.Joined joined = Detokenizer.join(toks);
      List<GoldMention> mentions = new ArrayList<>();
      List<TextSpan> neutral = new ArrayList<>();
      List<GoldSpan> others = new ArrayList<>();
      Map<Integer, EntityType> clusters = new LinkedHashMap<>();
      int i = 0;
      while (i < sent.size()) {
        String tag = sent.get(i)[1];
        if (tag.startsWith("B-") || tag.startsWith("I-")) {
          String label = tag.substring(2);
          int j = i + 1;
          while (j < sent.size() && sent.get(j)[1].equals("I-" + label)) {
            j++;
          }
          TextSpan s = span(joined, i, j);
          EntityType type = CROSSNER_TYPES.get(label);
          if (type != null) {
            int cid = clusters.size();
            clusters.put(cid, type);
            mentions.add(new GoldMention(s, type, cid));
          } else if (CROSSNER_NEUTRAL.contains(label)) {
            neutral.add(s);
          }
          others.add(new GoldSpan(s, label));
          i = j;
        } else {
          i++;
        }
      }
      out.add(
          new GoldDocument(
              String.format(Locale.ROOT, "s%04d", n),
              joined.text(),
              ImmutableList.copyOf(mentions),
              ImmutableMap.copyOf(clusters),
              com.google.common.collect.ImmutableSet.of(),
              ImmutableList.copyOf(neutral),
              ImmutableList.copyOf(others)));
      n++;
      sent = new ArrayList<>();
    }
    return out.build();
  }

  static ImmutableList<GoldDocument> redocred(String json) {
    ImmutableList.Builder<GoldDocument> out = ImmutableList.builder();
    List<Object> docs = Json.array(Json.parse(json), "the Re-DocRED file");
    for (int n = 0; n < docs.size(); n++) {
      Map<String, Object> d = Json.object(docs.get(n), "a Re-DocRED document");
      List<String> toks = new ArrayList<>();
      List<Integer> offs = new ArrayList<>();
      for (Object s : Json.array(d.get("sents"), "sents")) {
        offs.add(toks.size());
        toks.addAll(strings(s));
      }
      Detokenizer.Joined joined = Detokenizer.join(toks);
      Map<Integer, EntityType> clusters = new LinkedHashMap<>();
      List<GoldMention> mentions = new ArrayList<>();
      List<GoldSpan> others = new ArrayList<>();
      List<Object> vertexSet = Json.array(d.get("vertexSet"), "vertexSet");
      for (int v = 0; v < vertexSet.size(); v++) {
        List<Object> ms = Json.array(vertexSet.get(v), "a vertex");
        // coarse types (PER, LOC, ORG, TIME, NUM, MISC): only PERSON is scored as a type
        String coarse = Json.string(Json.object(ms.get(0), "a mention").get("type"), "type");
        EntityType k = coarse.equals("PER") ? PERSON : EntityType.custom(coarse);
        for (Object mo : ms) {
          Map<String, Object> m = Json.object(mo, "a mention");
          int off = offs.get(Json.integer(m.get("sent_id"), "sent_id"));
          List<Object> pos = Json.array(m.get("pos"), "pos");
          TextSpan s =
              span(
                  joined,
                  off + Json.integer(pos.get(0), "pos"),
                  off + Json.integer(pos.get(1), "pos"));
          mentions.add(new GoldMention(s, k, v));
          others.add(new GoldSpan(s, k.equals(PERSON) ? "PERSON" : "ANY"));
        }
        clusters.put(v, k);
      }
      Set<GoldRelation> rels = new LinkedHashSet<>();
      for (Object lo : Json.array(d.get("labels"), "labels")) {
        Map<String, Object> lab = Json.object(lo, "a label");
        String r = Json.string(lab.get("r"), "r");
        int h = Json.integer(lab.get("h"), "h");
        int t = Json.integer(lab.get("t"), "t");
        switch (r) {
          case "P35":
          case "P6":
            rels.add(new GoldRelation(RelationType.LEADER_OF, t, h));
            break;
          case "P1344":
            rels.add(new GoldRelation(RelationType.ATTENDS, h, t));
            break;
          case "P710":
            rels.add(new GoldRelation(RelationType.ATTENDS, t, h));
            break;
          case "P276":
            rels.add(new GoldRelation(RelationType.LOCATED_IN, h, t));
            break;
          case "P585":
            rels.add(new GoldRelation(RelationType.ON_DATE, h, t));
            break;
          case "P27":
            rels.add(new GoldRelation(RelationType.CITIZEN_OF, h, t));
            break;
          default:
            break;
        }
      }
      Object title = d.get("title");
      String id =
          title instanceof String && !((String) title).isEmpty()
              ? (String) title
              : String.format(Locale.ROOT, "d%04d", n);
      out.add(
          new GoldDocument(
              id,
              joined.text(),
              ImmutableList.copyOf(mentions),
              ImmutableMap.copyOf(clusters),
              com.google.common.collect.ImmutableSet.copyOf(rels),
              ImmutableList.of(),
              ImmutableList.copyOf(others)));
    }
    return out.build();
  }

  private static List<String> strings(Object array) {
    List<String> out = new ArrayList<>();
    for (Object o : Json.array(array, "a token list")) {
      out.add(Json.string(o, "a token"));
    }
    return out;
  }

  /**
   * The span from the first character of token {@code from} to the last of token {@code to - 1}.
   */
  private static TextSpan span(Detokenizer.Joined joined, int from, int to) {
    return new TextSpan(joined.spans().get(from).begin(), joined.spans().get(to - 1).end());
  }
}
