package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.LOCATION;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/** Checks each of the referee's rules on hand-built gold and system documents; no models. */
class ScorerTest {

  // ---------------------------------------------------------------- builders

  /** Builds a gold document: mentions are found by their text (first occurrence after the last). */
  private static final class Gold {
    final String text;
    final List<GoldMention> mentions = new ArrayList<>();
    final Map<Integer, EntityType> clusters = new java.util.LinkedHashMap<>();
    final List<GoldRelation> relations = new ArrayList<>();
    final List<TextSpan> neutral = new ArrayList<>();
    final List<GoldSpan> others = new ArrayList<>();

    Gold(String text) {
      this.text = text;
    }

    Gold mention(String s, EntityType type, int cluster) {
      TextSpan span = span(text, s);
      mentions.add(new GoldMention(span, type, cluster));
      clusters.put(cluster, type);
      others.add(new GoldSpan(span, type.name()));
      return this;
    }

    Gold neutral(String s) {
      neutral.add(span(text, s));
      return this;
    }

    Gold other(String s, String label) {
      others.add(new GoldSpan(span(text, s), label));
      return this;
    }

    Gold relation(GoldRelation r) {
      relations.add(r);
      return this;
    }

    GoldDocument build(String id) {
      return new GoldDocument(
          id,
          text,
          ImmutableList.copyOf(mentions),
          ImmutableMap.copyOf(clusters),
          ImmutableSet.copyOf(relations),
          ImmutableList.copyOf(neutral),
          ImmutableList.copyOf(others));
    }
  }

  private static TextSpan span(String text, String s) {
    int b = text.indexOf(s);
    if (b < 0) {
      throw new IllegalArgumentException("'" + s + "' is not in '" + text + "'");
    }
    return new TextSpan(b, b + s.length());
  }

  private static Entity entity(String id, EntityType type, String text, String... mentions) {
    Entity.Builder b = Entity.builder(id, type, mentions[0]);
    int from = 0;
    for (String m : mentions) {
      int begin = text.indexOf(m, from);
      b.mention(new Mention(m, new TextSpan(begin, begin + m.length()), 0));
      from = begin + 1;
    }
    return b.build();
  }

  private static Relation relation(Entity s, Entity o, double confidence, String text) {
    return new Relation(
        LEADER_OF,
        s,
        o,
        confidence,
        Modality.ASSERTED,
        Map.of(),
        List.of(new Evidence(0, new TextSpan(0, text.length()), text, "hand-written")));
  }

  private static Document doc(String id, String text, List<Entity> es, List<Relation> rs) {
    return Document.of(id, text, List.of(), es, rs);
  }

  private static Score row(Report r, String name) {
    return r.score(name).orElseThrow();
  }

  // ---------------------------------------------------------------- mentions

  @Test
  void score_mentionSharingOnlyItsLastCharacter_isLenientButNotStrictMatch() {
    String text = "They watched the parade.";
    GoldDocument g = new Gold(text).mention("the parade", EVENT, 0).build("d");
    Document s = doc("d", text, List.of(entity("e1", EVENT, text, "parade")), List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient EVENT"))
        .isEqualTo(new Score("mention lenient EVENT", 1, 0, 0));
    // as in the referee, a system mention that overlaps a gold mention leniently is never a false
    // positive, not even in the strict rows
    assertThat(row(r, "mention strict EVENT"))
        .isEqualTo(new Score("mention strict EVENT", 0, 0, 1));
  }

  @Test
  void score_overlapWithoutSharedEnd_isNoMatch() {
    String text = "the big parade ends";
    GoldDocument g = new Gold(text).mention("big parade", EVENT, 0).build("d");
    Document s = doc("d", text, List.of(entity("e1", EVENT, text, "the big")), List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient EVENT"))
        .isEqualTo(new Score("mention lenient EVENT", 0, 1, 1));
  }

  @Test
  void score_pronounMention_isNeitherRewardedNorPenalised_butUsIsACountry() {
    String text = "He said US troops left.";
    GoldDocument g = new Gold(text).build("d");
    Document s =
        doc(
            "d",
            text,
            List.of(entity("e1", PERSON, text, "He"), entity("e2", COUNTRY, text, "US")),
            List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient PERSON").fp()).isZero();
    assertThat(row(r, "mention lenient COUNTRY").fp()).isEqualTo(1);
  }

  @Test
  void score_mentionOnNeutralSpan_isNoFalsePositive() {
    String text = "The Kazakh delegation left.";
    GoldDocument g = new Gold(text).neutral("Kazakh").build("d");
    Document s = doc("d", text, List.of(entity("e1", COUNTRY, text, "Kazakh")), List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient COUNTRY"))
        .isEqualTo(new Score("mention lenient COUNTRY", 0, 0, 0));
  }

  @Test
  void score_mentionNestedInLongerGoldNameOfAnotherType_isNoFalsePositive() {
    String text = "He won the 2004 Canadian federal election.";
    GoldDocument g = new Gold(text).mention("2004 Canadian federal election", EVENT, 0).build("d");
    Document s = doc("d", text, List.of(entity("e1", COUNTRY, text, "Canadian")), List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient COUNTRY").fp()).isZero();
  }

  @Test
  void score_mentionNestedInGoldNameOfTheSameType_isFalsePositive() {
    String text = "the Republic of South Africa";
    GoldDocument g = new Gold(text).mention("Republic of South Africa", COUNTRY, 0).build("d");
    Document s = doc("d", text, List.of(entity("e1", COUNTRY, text, "South")), List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient COUNTRY"))
        .isEqualTo(new Score("mention lenient COUNTRY", 0, 1, 1));
  }

  @Test
  void score_locationForGoldCity_countsAsCity_andStrayLocationIsNoCityFalsePositive() {
    String text = "From Moscow to the Alps.";
    GoldDocument g = new Gold(text).mention("Moscow", CITY, 0).build("d");
    Document s =
        doc(
            "d",
            text,
            List.of(entity("e1", LOCATION, text, "Moscow"), entity("e2", LOCATION, text, "Alps")),
            List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient CITY"))
        .isEqualTo(new Score("mention lenient CITY", 1, 0, 0));
    assertThat(row(r, "entity CITY")).isEqualTo(new Score("entity CITY", 1, 0, 0));
  }

  @Test
  void score_secondMentionOnMatchedGoldSpan_isNoFalsePositive() {
    String text = "Angela Merkel spoke.";
    GoldDocument g = new Gold(text).mention("Angela Merkel", PERSON, 0).build("d");
    Document s =
        doc(
            "d",
            text,
            List.of(
                entity("e1", PERSON, text, "Angela Merkel"), entity("e2", PERSON, text, "Merkel")),
            List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "mention lenient PERSON"))
        .isEqualTo(new Score("mention lenient PERSON", 1, 0, 0));
  }

  @Test
  void score_entityLevel_clusterFoundThroughAnyMention_andUnmatchedEntityIsFalsePositive() {
    String text = "Angela Merkel met Macron. Merkel left.";
    GoldDocument g =
        new Gold(text)
            .mention("Angela Merkel", PERSON, 0)
            .mention("Merkel left", PERSON, 0)
            .build("d");
    Document s =
        doc(
            "d",
            text,
            List.of(entity("e1", PERSON, text, "Merkel"), entity("e2", PERSON, text, "Macron")),
            List.of());

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "entity PERSON")).isEqualTo(new Score("entity PERSON", 1, 1, 0));
  }

  /**
   * DWIE and CrossNER annotate named events only: the named scope leaves common-noun events out
   * (issue 17).
   */
  @Test
  void score_namedEventScope_leavesCommonNounEventsOut() throws Exception {
    String text = "Leaders at the Victory Day parade held talks.";
    GoldDocument g = new Gold(text).mention("Victory Day parade", EVENT, 0).build("d");
    Entity talks =
        Entity.builder("e2", EVENT, "talks")
            .named(false)
            .mention(new Mention("talks", span(text, "talks"), 0))
            .build();
    Document s =
        doc("d", text, List.of(entity("e1", EVENT, text, "Victory Day parade"), talks), List.of());

    Report all = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));
    Report named = Scorer.score(Dataset.DWIE, List.of(g), List.of(s), EventScope.NAMED);

    assertThat(row(all, "mention lenient EVENT"))
        .isEqualTo(new Score("mention lenient EVENT", 1, 1, 0));
    assertThat(row(named, "mention lenient EVENT"))
        .isEqualTo(new Score("mention lenient EVENT", 1, 0, 0));
    java.nio.file.Path jsonl = java.nio.file.Files.createTempFile("predictions", ".jsonl");
    try {
      java.nio.file.Files.writeString(jsonl, org.newsgraph.io.JsonExporter.toJson(s) + "\n");
      assertThat(
              row(
                  Scorer.scoreJsonl(Dataset.DWIE, List.of(g), jsonl, EventScope.NAMED),
                  "mention lenient EVENT"))
          .isEqualTo(new Score("mention lenient EVENT", 1, 0, 0));
      assertThat(row(Scorer.scoreJsonl(Dataset.DWIE, List.of(g), jsonl), "mention lenient EVENT"))
          .isEqualTo(new Score("mention lenient EVENT", 1, 1, 0));
    } finally {
      java.nio.file.Files.delete(jsonl);
    }
  }

  @Test
  void score_documentMissingFromSystem_countsItsGoldAsMisses() {
    GoldDocument g = new Gold("Merkel spoke.").mention("Merkel", PERSON, 0).build("d");

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of());

    assertThat(r.missing()).isEqualTo(1);
    assertThat(row(r, "mention lenient PERSON"))
        .isEqualTo(new Score("mention lenient PERSON", 0, 0, 1));
    assertThat(r.findings()).extracting(Finding::kind).contains(Finding.Kind.MISS);
  }

  // ---------------------------------------------------------------- relations

  @Test
  void score_relation_mapsEntitiesToBestClusters_andCountsDuplicatesAsFalsePositives() {
    String text = "Kazakh President Tokayev met Putin. Tokayev spoke.";
    GoldDocument g =
        new Gold(text)
            .mention("Kazakh", COUNTRY, 1)
            .mention("Tokayev", PERSON, 0)
            .mention("Putin", PERSON, 2)
            .relation(new GoldRelation(LEADER_OF, 0, 1))
            .build("d");
    Entity kz = entity("c1", COUNTRY, text, "Kazakh");
    // one mention on Putin, two on Tokayev: the entity maps to Tokayev's cluster
    Entity tokayev = entity("p1", PERSON, text, "Tokayev", "Putin", "Tokayev spoke");
    Entity tokayev2 = entity("p2", PERSON, text, "Tokayev");
    Document s =
        doc(
            "d",
            text,
            List.of(kz, tokayev, tokayev2),
            List.of(relation(tokayev, kz, 0.9, text), relation(tokayev2, kz, 0.4, text)));

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "relation LEADER_OF")).isEqualTo(new Score("relation LEADER_OF", 1, 1, 0));
    assertThat(r.relationsMicro().orElseThrow().f1()).isEqualTo(2.0 / 3);
    // at confidence >= 0.5 only the first relation counts
    assertThat(r.relationsAtHalf().orElseThrow().precision()).isEqualTo(1.0);
  }

  @Test
  void score_relationBetweenUnmappedEntities_isFalsePositive_andGoldRelationIsMissed() {
    String text = "Tokayev leads Kazakhstan. Smith visited France.";
    GoldDocument g =
        new Gold(text)
            .mention("Tokayev", PERSON, 0)
            .mention("Kazakhstan", COUNTRY, 1)
            .relation(new GoldRelation(LEADER_OF, 0, 1))
            .build("d");
    Entity smith = entity("p1", PERSON, text, "Smith");
    Entity france = entity("c1", COUNTRY, text, "France");
    Document s =
        doc("d", text, List.of(smith, france), List.of(relation(smith, france, 1.0, text)));

    Report r = Scorer.score(Dataset.DWIE, List.of(g), List.of(s));

    assertThat(row(r, "relation LEADER_OF")).isEqualTo(new Score("relation LEADER_OF", 0, 1, 1));
  }

  @Test
  void score_datasetWithoutRelations_hasNoRelationSummary() {
    Report r = Scorer.score(Dataset.CROSSNER, List.of(new Gold("x").build("s0000")), List.of());

    assertThat(r.relationsMicro()).isEmpty();
    assertThat(r.scores())
        .extracting(Score::name)
        .containsExactly(
            "mention lenient COUNTRY",
            "mention lenient EVENT",
            "mention lenient PERSON",
            "mention strict COUNTRY",
            "mention strict EVENT",
            "mention strict PERSON");
  }

  // ---------------------------------------------------------------- formatting and text

  @Test
  void format_roundsHalfToEvenOnTheExactValue_asPythonRound() {
    assertThat(Score.format(0.0625)).isEqualTo("0.062");
    assertThat(Score.format(2.0 / 3)).isEqualTo("0.667");
    assertThat(Score.format(0.0)).isEqualTo("0.000");
  }

  @Test
  void join_spacesTokensAsTheReferee() {
    Detokenizer.Joined j =
        Detokenizer.join(
            List.of(
                "He", "said", "\"", "hi", "\"", "(", "in", "Kyiv", ")", "-", "based", "Russia",
                "'s", "50", "%", ".", "\n", "Next"));

    assertThat(j.text()).isEqualTo("He said \"hi\" (in Kyiv)-based Russia's 50%.\nNext");
    assertThat(j.spans().get(11)).isEqualTo(new Detokenizer.Span(29, 35));
  }

  @Test
  void crossner_readsBioSpans_mapsTypes_andKeepsMiscNeutral() {
    ImmutableList<GoldDocument> docs =
        GoldReaders.crossner(
            "Barack\tB-politician\nObama\tI-politician\nvisited\tO\nFrance\tB-country\n"
                + "as\tO\nan\tO\nAmerican\tB-misc\n.\tO\n\nNext\tO\n");

    assertThat(docs).hasSize(2);
    GoldDocument d = docs.get(0);
    assertThat(d.id()).isEqualTo("s0000");
    assertThat(d.text()).isEqualTo("Barack Obama visited France as an American.");
    assertThat(d.mentions())
        .containsExactly(
            new GoldMention(new TextSpan(0, 12), PERSON, 0),
            new GoldMention(new TextSpan(21, 27), COUNTRY, 1));
    assertThat(d.neutral()).containsExactly(new TextSpan(34, 42));
  }
}
