package org.newsgraph.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.LOCATION;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/**
 * Pins what {@code evaluate --by-rule} counts per rule ({@link Report#rules()}) on hand-built gold
 * and system documents, and how gold graph folders are read; no models.
 */
class RuleScoresTest {

  private static final RelationType MEETS =
      RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));

  private static final String TEXT =
      "Kazakh President Tokayev met Chilean President Boric and Putin. Tokayev left.";

  private static TextSpan span(String s, int from) {
    int b = TEXT.indexOf(s, from);
    return new TextSpan(b, b + s.length());
  }

  private static Entity entity(String id, EntityType type, String mention, int from) {
    TextSpan sp = span(mention, from);
    return Entity.builder(id, type, mention).mention(new Mention(mention, sp, 0)).build();
  }

  /** A relation whose evidence names these rules, one evidence entry (sentence) per rule. */
  private static Relation relation(
      RelationType type, Entity s, Entity o, double confidence, String... rules) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      evidence.add(new Evidence(i, new TextSpan(0, 6), "Kazakh", rules[i]));
    }
    return new Relation(type, s, o, confidence, Modality.ASSERTED, Map.of(), evidence);
  }

  private static GoldDocument dwieGold() {
    List<GoldMention> mentions =
        List.of(
            new GoldMention(span("Kazakh", 0), COUNTRY, 0),
            new GoldMention(span("Tokayev", 0), PERSON, 1),
            new GoldMention(span("Chilean", 0), COUNTRY, 2),
            new GoldMention(span("Boric", 0), PERSON, 3),
            new GoldMention(span("Putin", 0), PERSON, 4),
            new GoldMention(span("Tokayev", 30), PERSON, 1));
    return new GoldDocument(
        "d",
        TEXT,
        ImmutableList.copyOf(mentions),
        ImmutableMap.of(0, COUNTRY, 1, PERSON, 2, COUNTRY, 3, PERSON, 4, PERSON),
        ImmutableSet.of(new GoldRelation(LEADER_OF, 1, 0), new GoldRelation(LEADER_OF, 3, 2)),
        ImmutableList.of(),
        ImmutableList.of());
  }

  @Test
  void score_byRule_creditsEachRuleItsRelationsVerdicts() {
    Entity kz = entity("c1", COUNTRY, "Kazakh", 0);
    Entity tokayev = entity("p1", PERSON, "Tokayev", 0);
    Entity cl = entity("c2", COUNTRY, "Chilean", 0);
    Entity boric = entity("p2", PERSON, "Boric", 0);
    Entity putin = entity("p3", PERSON, "Putin", 0);
    Entity tokayevAgain = entity("p4", PERSON, "Tokayev", 30);
    List<Relation> relations =
        List.of(
            // true, found by two rules: counts for each
            relation(LEADER_OF, tokayev, kz, 0.9, "title", "verb"),
            // true, found by one rule in two sentences: counts once
            relation(LEADER_OF, boric, cl, 0.8, "title", "title"),
            relation(LEADER_OF, putin, kz, 0.6, "verb"), // no such gold relation
            relation(CITIZEN_OF, boric, cl, 0.5, "title"), // no such gold relation
            relation(LEADER_OF, tokayevAgain, kz, 0.7, "dup"), // true, but counted already
            relation(MEETS, tokayev, boric, 1.0, "meets")); // a type DWIE does not score
    Document doc =
        Document.of(
            "d", TEXT, List.of(), List.of(kz, tokayev, cl, boric, putin, tokayevAgain), relations);

    Report r = Scorer.score(Dataset.DWIE, List.of(dwieGold()), List.of(doc));

    assertThat(r.rules())
        .containsExactly(
            new RuleScore("title", 2, 1, 0, 0.9 + 0.8 + 0.5),
            new RuleScore("verb", 1, 1, 0, 0.9 + 0.6),
            new RuleScore("dup", 0, 1, 0, 0.7));
    assertThat(r.rules().get(0).precision()).isEqualTo(2.0 / 3);
    assertThat(r.rules().get(1).meanConfidence()).isEqualTo(0.75);
    // the rows are the referee's, whatever the rules: 2 true, 3 false relations
    assertThat(r.relationsMicro()).contains(new Score("relations_micro", 2, 3, 0));
    assertThat(r.toRuleTable())
        .isEqualTo(
            "rule   relations     tp     fp      P   conf\n"
                + "title          3      2      1  0.667   0.73\n"
                + "verb           2      1      1  0.500   0.75\n"
                + "dup            1      0      1  0.000   0.70\n");
  }

  @Test
  void scoreJsonl_byRule_readsFoundBy_andCountsEvidenceWithoutItUnderUnnamed(@TempDir Path dir)
      throws Exception {
    Path p = dir.resolve("out.jsonl");
    int kb = TEXT.indexOf("Kazakh");
    int tb = TEXT.indexOf("Tokayev");
    int pb = TEXT.indexOf("Putin");
    String entities =
        "\"entities\":[{\"id\":\"e1\",\"type\":\"COUNTRY\",\"name\":\"Kazakhstan\",\"mentions\":"
            + "[{\"text\":\"Kazakh\",\"begin\":"
            + kb
            + ",\"end\":"
            + (kb + 6)
            + "}]},"
            + "{\"id\":\"e2\",\"type\":\"PERSON\",\"name\":\"Tokayev\",\"mentions\":"
            + "[{\"text\":\"Tokayev\",\"begin\":"
            + tb
            + ",\"end\":"
            + (tb + 7)
            + "}]},"
            + "{\"id\":\"e3\",\"type\":\"PERSON\",\"name\":\"Putin\",\"mentions\":"
            + "[{\"text\":\"Putin\",\"begin\":"
            + pb
            + ",\"end\":"
            + (pb + 5)
            + "}]}]";
    String relations =
        "\"relations\":[{\"type\":\"LEADER_OF\",\"subject\":\"e2\",\"object\":\"e1\","
            + "\"confidence\":0.9,\"evidence\":[{\"sentence\":0,\"begin\":0,\"end\":6,"
            + "\"text\":\"Kazakh\",\"foundBy\":\"country-title-name\"}]},"
            + "{\"type\":\"LEADER_OF\",\"subject\":\"e3\",\"object\":\"e1\",\"confidence\":0.5,"
            + "\"evidence\":[{\"sentence\":0,\"begin\":0,\"end\":6,\"text\":\"Kazakh\"}]}]";
    Files.writeString(p, "{\"id\":\"d\"," + entities + "," + relations + "}\n", UTF_8);

    Report r = Scorer.scoreJsonl(Dataset.DWIE, List.of(dwieGold()), p);

    assertThat(r.rules())
        .containsExactly(
            new RuleScore("(no rule named)", 0, 1, 0, 0.5),
            new RuleScore("country-title-name", 1, 0, 0, 0.9));
    assertThat(r.toJson())
        .endsWith(
            "\"rules\":[{\"rule\":\"(no rule named)\",\"relations\":1,\"tp\":0,\"fp\":1,"
                + "\"neutral\":0,\"p\":0.000,\"confidence\":0.500},{\"rule\":\"country-title-name\","
                + "\"relations\":1,\"tp\":1,\"fp\":0,\"neutral\":0,\"p\":1.000,\"confidence\":0.900}]}");
  }

  // ---------------------------------------------------------------- gold graphs

  private static GoldGraph.Entity gold(String id, EntityType type, boolean required, String alias) {
    return new GoldGraph.Entity(
        id,
        type,
        type == CITY ? ImmutableSet.of(LOCATION) : ImmutableSet.of(),
        required,
        ImmutableList.of(alias),
        Optional.empty());
  }

  private static GoldGraph graph(String id) {
    return new GoldGraph(
        id,
        TEXT,
        ImmutableSet.of(PERSON, COUNTRY),
        ImmutableSet.of(LEADER_OF, CITIZEN_OF),
        ImmutableList.of(
            gold("tokayev", PERSON, true, "Tokayev"),
            gold("kz", COUNTRY, true, "Kazakh"),
            gold("boric", PERSON, true, "Boric"),
            gold("cl", COUNTRY, true, "Chilean")),
        ImmutableList.of(
            new GoldGraph.Relation(LEADER_OF, "tokayev", "kz", true),
            new GoldGraph.Relation(CITIZEN_OF, "boric", "cl", false)));
  }

  private static Document graphSystem(String id) {
    Entity kz = entity("c1", COUNTRY, "Kazakh", 0);
    Entity tokayev = entity("p1", PERSON, "Tokayev", 0);
    Entity cl = entity("c2", COUNTRY, "Chilean", 0);
    Entity boric = entity("p2", PERSON, "Boric", 0);
    Entity tokayevAgain = entity("p4", PERSON, "Tokayev", 30);
    return Document.of(
        id,
        TEXT,
        List.of(),
        List.of(kz, tokayev, cl, boric, tokayevAgain),
        List.of(
            relation(LEADER_OF, tokayev, kz, 0.9, "title"), // required: true
            relation(CITIZEN_OF, boric, cl, 0.6, "nationality"), // optional: neither
            relation(LEADER_OF, tokayevAgain, kz, 0.9, "title"), // duplicate: false
            relation(LEADER_OF, boric, kz, 0.4, "stray"), // no such relation: false
            relation(MEETS, boric, tokayev, 0.4, "meets"))); // a type the graph does not score
  }

  @Test
  void scoreGraph_byRule_countsOptionalMatchesNeitherWay() {
    Report r = Scorer.scoreGraph(graph("a"), graphSystem("a"));

    assertThat(r.rules())
        .containsExactly(
            new RuleScore("title", 1, 1, 0, 1.8),
            new RuleScore("nationality", 0, 0, 1, 0.6),
            new RuleScore("stray", 0, 1, 0, 0.4));
    assertThat(r.score("relation LEADER_OF")).contains(new Score("relation LEADER_OF", 1, 2, 0));
    assertThat(r.toRuleTable())
        .isEqualTo(
            "rule         relations     tp     fp  neither      P   conf\n"
                + "title                2      1      1        0  0.500   0.90\n"
                + "nationality          1      0      0        1      -   0.60\n"
                + "stray                1      0      1        0  0.000   0.40\n");
  }

  @Test
  void scoreGraphs_sumsRowsAndRulesOverTheFiles_andCountsAMissingDocumentAsEmpty() {
    Report r =
        Scorer.scoreGraphs(
            List.of(graph("a"), graph("b"), graph("c")),
            List.of(graphSystem("a"), graphSystem("b")));

    assertThat(r.dataset()).isEqualTo(Dataset.NEWS_GRAPHS);
    assertThat(r.rules()).first().isEqualTo(new RuleScore("title", 2, 2, 0, 3.6));
    // entities: 4 required per file, found in a and b; the second Tokayev is a duplicate
    assertThat(r.score("entities")).contains(new Score("entities", 8, 2, 4));
    assertThat(r.score("relations")).contains(new Score("relations", 2, 4, 1));
    assertThat(r.toTable())
        .endsWith(
            "news graphs (micro, 3 files, missing 1): entities P=0.80 R=0.67 F1=0.73"
                + " | relations P=0.33 R=0.67 F1=0.44\n");
  }

  @Test
  void readFolder_readsEachArticleFromTheCoNllDocumentOrTextFileItsSourceNames(@TempDir Path root)
      throws Exception {
    Path data = Files.createDirectories(root.resolve("data/conll"));
    Files.writeString(
        data.resolve("eng.testa"),
        "-DOCSTART- -X- O O\n\nFirst NNP I-NP O\n. . O O\n\n-DOCSTART- -X- O O\n\n"
            + "BONN NNP I-NP I-LOC\n1996-08-30 CD I-NP O\n\nKohl NNP I-NP I-PER\n"
            + "'s POS B-NP O\nvisit NN I-NP O\n. . O O\n\n",
        UTF_8);
    Files.writeString(data.resolve("a.txt"), "Merkel met Macron.", UTF_8);
    Path dev = Files.createDirectories(root.resolve("news-graphs/dev"));
    String body =
        "\"scored_entity_types\":[\"PERSON\"],\"scored_relation_types\":[\"LEADER_OF\"],"
            + "\"entities\":[],\"relations\":[]}";
    Files.writeString(
        dev.resolve("x-1.json"),
        "{\"source\":{\"data\":\"conll/eng.testa\",\"doc_index\":1}," + body);
    Files.writeString(dev.resolve("y.json"), "{\"source\":{\"data\":\"conll/a.txt\"}," + body);

    ImmutableList<GoldGraph> graphs = GoldGraph.readFolder(dev);

    assertThat(graphs).extracting(GoldGraph::documentId).containsExactly("x-1", "y");
    assertThat(graphs.get(0).text()).isEqualTo("BONN 1996-08-30\nKohl's visit.\n");
    assertThat(graphs.get(1).text()).isEqualTo("Merkel met Macron.");
    assertThat(Dataset.NEWS_GRAPHS.read(dev))
        .extracting(GoldDocument::id)
        .containsExactly("x-1", "y");
  }

  @Test
  void readFolder_articleNotFound_throwsNamingTheFileAndWhereItLooked(@TempDir Path root)
      throws Exception {
    Path dev = Files.createDirectories(root.resolve("dev"));
    Files.writeString(
        dev.resolve("z.json"),
        "{\"source\":{\"data\":\"conll/eng.testa\",\"doc_index\":0},\"scored_entity_types\":[],"
            + "\"scored_relation_types\":[],\"entities\":[],\"relations\":[]}");

    assertThatThrownBy(() -> GoldGraph.readFolder(dev))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "gold graph z.json names its article by source.data 'conll/eng.testa', but no folder at"
                + " or above "
                + dev.toAbsolutePath()
                + " has data/conll/eng.testa; put the data"
                + " set there");
  }

  @Test
  void named_newsGraphs_isTheFolderOfGoldGraphs() {
    assertThat(Dataset.named("news-graphs")).isEqualTo(Dataset.NEWS_GRAPHS);
  }
}
