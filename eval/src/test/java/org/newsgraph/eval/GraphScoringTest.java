package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.LOCATION;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/** Checks the port of score_graph.py on a hand-built gold graph; no models. */
class GraphScoringTest {

  private static final String TEXT =
      "Kazakh President Tokayev visited Moscow. Tokayev's talks went on.";

  private static GoldGraph.Entity gold(
      String id, EntityType type, boolean required, String... aliases) {
    return new GoldGraph.Entity(
        id,
        type,
        type == CITY ? ImmutableSet.of(LOCATION) : ImmutableSet.of(),
        required,
        ImmutableList.copyOf(aliases),
        Optional.empty());
  }

  private static final GoldGraph GOLD =
      new GoldGraph(
          "article.txt",
          TEXT,
          ImmutableSet.of(PERSON, COUNTRY, CITY, LOCATION),
          ImmutableSet.of(LEADER_OF),
          ImmutableList.of(
              gold("tokayev", PERSON, true, "Kassym-Jomart Tokayev", "Tokayev"),
              gold("kz", COUNTRY, true, "Kazakhstan"),
              gold("moscow", CITY, true, "Moscow"),
              gold("talks", LOCATION, false, "talks")),
          ImmutableList.of(new GoldGraph.Relation(LEADER_OF, "tokayev", "kz", true)));

  private static Entity entity(String id, EntityType type, String name, String mention) {
    int b = TEXT.indexOf(mention);
    return Entity.builder(id, type, name)
        .mention(new Mention(mention, new TextSpan(b, b + mention.length()), 0))
        .build();
  }

  @Test
  void scoreGraph_mapsByNameOrMentionVotes_andCountsDuplicatesAndStraysAsFalsePositives() {
    Entity tokayev = entity("e1", PERSON, "the Tokayev's", "Tokayev");
    Entity tokayev2 = entity("e2", PERSON, "President Tokayev", "Tokayev's");
    Entity kz = entity("e3", COUNTRY, "Kazakhstan", "Kazakh");
    Entity moscow = entity("e4", LOCATION, "Moscow", "Moscow");
    Entity stray = entity("e5", PERSON, "President", "President");
    Relation leads =
        new Relation(
            LEADER_OF,
            tokayev,
            kz,
            0.9,
            Modality.ASSERTED,
            Map.of(),
            List.of(new Evidence(0, new TextSpan(0, 6), "Kazakh", "hand-written")));
    Relation leads2 =
        new Relation(
            LEADER_OF,
            tokayev2,
            kz,
            0.9,
            Modality.ASSERTED,
            Map.of(),
            List.of(new Evidence(0, new TextSpan(0, 6), "Kazakh", "hand-written")));
    Document doc =
        Document.of(
            "x",
            TEXT,
            List.of(),
            List.of(tokayev, tokayev2, kz, moscow, stray),
            List.of(leads, leads2));

    Report r = Scorer.scoreGraph(GOLD, doc);

    // e1 by its name (leading "the", trailing "'s" ignored), e2 by its mention; e2 is a duplicate
    assertThat(r.score("entities")).contains(new Score("entities", 3, 2, 0));
    assertThat(r.score("relations")).contains(new Score("relations", 1, 1, 0));
    assertThat(r.toTable())
        .endsWith(
            "entities P=0.60 R=1.00 F1=0.75 | relations P=0.50 R=1.00 F1=0.67 | country codes 0/0\n");
  }

  @Test
  void norm_foldsApostrophesCaseSpacesArticleAndPossessive() {
    assertThat(GraphScoring.norm("  The  Victory\u2019s ")).isEqualTo("victory");
  }

  @Test
  void named_unknownDataset_throwsNamingTheChoices() {
    assertThatThrownBy(() -> Dataset.named("conll"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no data set is named 'conll'; use one of dwie, crossner, redocred, graph, news-graphs");
  }
}
