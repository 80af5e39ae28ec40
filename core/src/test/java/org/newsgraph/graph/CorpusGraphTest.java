package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.query.Patterns.country;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.io.ExportFixtures;
import org.newsgraph.query.Match;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

class CorpusGraphTest {

  private static Entity entity(EntityType type, String name) {
    return Entity.builder("e1", type, name)
        .mention(new Mention(name, new TextSpan(0, name.length()), 0))
        .build();
  }

  /** A one-sentence document "<name>." holding one entity. */
  private static Document doc(String id, Entity e) {
    String text = e.mentions().get(0).text() + ".";
    return Document.of(
        id,
        text,
        List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
        List.of(e),
        List.of());
  }

  private static String key(Entity e) {
    return CorpusGraph.key(doc("d1", e), e);
  }

  @Test
  void key_countryWithCode_usesTheIsoCode() {
    Entity e =
        Entity.builder("e9", EntityType.COUNTRY, "Republic of Kazakhstan")
            .code("KZ")
            .mention(new Mention("Kazakh", new TextSpan(0, 6), 0))
            .build();

    assertThat(key(e)).isEqualTo("country:KZ");
  }

  @Test
  void key_person_normalisesCaseAccentsPunctuationAndHonorifics() {
    assertThat(key(entity(EntityType.PERSON, "Mr. Recep Tayyip Erdo\u011fan")))
        .isEqualTo(key(entity(EntityType.PERSON, "recep tayyip erdogan")))
        .isEqualTo("person:recep tayyip erdogan");
    assertThat(key(entity(EntityType.PERSON, "Kassym-Jomart Tokayev")))
        .isEqualTo("person:kassym jomart tokayev");
    // compatibility forms (a full-width letter, a ligature) are their plain letters
    assertThat(key(entity(EntityType.PERSON, "\uff2aoe \ufb01nn"))).isEqualTo("person:joe finn");
  }

  @Test
  void key_otherTypes_typeAndLowerCasedName() {
    assertThat(key(entity(EntityType.EVENT, "Victory Day Parade")))
        .isEqualTo("event:victory day parade");
    assertThat(key(entity(EntityType.CITY, "ISTANBUL"))).isEqualTo("city:istanbul");
  }

  @Test
  void key_dateWithCalendarValue_isTheValue() {
    Entity friday =
        Entity.builder("e1", EntityType.DATE, "Friday")
            .value("2024-03-01")
            .mention(new Mention("Friday", new TextSpan(0, 6), 0))
            .build();
    Entity first =
        Entity.builder("e4", EntityType.DATE, "1 March")
            .value("2024-03-01")
            .mention(new Mention("1 March", new TextSpan(0, 7), 0))
            .build();
    assertThat(CorpusGraph.key(doc("a", friday), friday))
        .isEqualTo(CorpusGraph.key(doc("b", first), first))
        .isEqualTo("date:2024-03-01");
    Entity week =
        Entity.builder("e2", EntityType.DATE, "this week")
            .value("2024-W09")
            .mention(new Mention("this week", new TextSpan(0, 9), 0))
            .build();
    assertThat(CorpusGraph.key(doc("a", week), week)).isEqualTo("date:2024-W09");
  }

  @Test
  void key_dateWithoutCalendarValue_isItsDocumentsOwn() {
    Entity friday =
        Entity.builder("e7", EntityType.DATE, "Friday")
            .value("XXXX-WXX-5")
            .mention(new Mention("Friday", new TextSpan(0, 6), 0))
            .build();
    Entity later = entity(EntityType.DATE, "later");
    assertThat(CorpusGraph.key(doc("a", friday), friday)).isEqualTo("date:XXXX-WXX-5@a/e7");
    assertThat(CorpusGraph.key(doc("b", later), later)).isEqualTo("date:later@b/e1");
  }

  /** Issue 19: the Fridays of three articles of three weeks were one node. */
  @Test
  void merge_threeFridaysOfThreeArticles_areThreeNodes() {
    List<Document> docs = new ArrayList<>();
    for (String day : List.of("2024-03-01", "2024-03-08", "2024-03-15")) {
      docs.add(
          doc(
              day,
              Entity.builder("e1", EntityType.DATE, "Friday")
                  .value(day)
                  .mention(new Mention("Friday", new TextSpan(0, 6), 0))
                  .build()));
    }
    docs.add(doc("undated", entity(EntityType.DATE, "Friday")));
    assertThat(CorpusGraph.merge(docs).entities())
        .extracting(CorpusEntity::key)
        .containsExactly(
            "date:2024-03-01", "date:2024-03-08", "date:2024-03-15", "date:friday@undated/e1");
  }

  @Test
  void match_queriesTheMergedGraph_withKeysAsIds() {
    CorpusGraph corpus =
        CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")));

    List<Match> rows = corpus.match(person().leaderOf(country()));
    assertThat(rows)
        .extracting(Match::toString)
        .containsExactly("Mr Kassym Jomart Tokayev, Kazakhstan");
    assertThat(rows.get(0).get(0).id()).isEqualTo("person:kassym jomart tokayev");
    assertThat(corpus.entity(rows.get(0).get(1).id()).orElseThrow().documents())
        .containsExactly("a", "b");
    assertThat(corpus.match(person().named("Tokayev").attends(event()))).hasSize(1);
    assertThat(corpus.graph().relations()).hasSameSizeAs(corpus.relations());
  }

  @Test
  void match_relationAssertedInOneDocumentAndDeniedInAnother_matchesAsAsserted() {
    Document yes = attendance("a", Modality.ASSERTED);
    Document no = attendance("b", Modality.NEGATED);
    CorpusGraph corpus = CorpusGraph.merge(List.of(yes, no));

    assertThat(corpus.match(person().attends(event())))
        .extracting(Match::toString)
        .containsExactly("Ana Ruiz, G20 summit");
    assertThat(corpus.relations().get(0).evidence())
        .extracting(CorpusEvidence::modality)
        .containsExactly(Modality.ASSERTED, Modality.NEGATED);
    assertThat(CorpusGraph.merge(List.of(no)).match(person().attends(event()))).isEmpty();
  }

  private static Document attendance(String id, Modality modality) {
    String text = "Ana Ruiz and the G20 summit.";
    Entity ana =
        Entity.builder("e1", EntityType.PERSON, "Ana Ruiz")
            .mention(new Mention("Ana Ruiz", new TextSpan(0, 8), 0))
            .build();
    Entity summit =
        Entity.builder("e2", EntityType.EVENT, "G20 summit")
            .mention(new Mention("G20 summit", new TextSpan(17, 27), 0))
            .build();
    return Document.of(
        id,
        text,
        List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
        List.of(ana, summit),
        List.of(
            new Relation(
                RelationType.ATTENDS,
                ana,
                summit,
                0.8,
                modality,
                Map.of(),
                List.of(new Evidence(0, new TextSpan(0, text.length()), text, "test")))));
  }

  @Test
  void merge_twoDocuments_joinsEntitiesAndKeepsEvidencePerDocument() {
    CorpusGraph corpus =
        CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")));

    assertThat(corpus.documents()).containsExactly("a", "b");
    // summit: Tokayev, Kazakhstan, parade, May 9, Putin; visit adds only Astana
    assertThat(corpus.entities())
        .extracting(CorpusEntity::key)
        .containsExactly(
            "person:kassym jomart tokayev",
            "country:KZ",
            "event:victory day parade",
            "date:XXXX-05-09@a/e4",
            "person:putin",
            "city:astana");
    CorpusEntity tokayev = corpus.entity("person:kassym jomart tokayev").orElseThrow();
    assertThat(tokayev.documents()).containsExactly("a", "b");
    assertThat(tokayev.mentions()).isEqualTo(3);
    assertThat(tokayev.name()).isEqualTo("Mr Kassym Jomart Tokayev");
    assertThat(corpus.entity("country:KZ").orElseThrow().name()).isEqualTo("Kazakhstan");

    CorpusRelation leader = corpus.relations(RelationType.LEADER_OF).get(0);
    assertThat(leader.evidence()).extracting(CorpusEvidence::document).containsExactly("a", "b");
    assertThat(leader.confidence()).isEqualTo(0.95);
    assertThat(leader.documents()).containsExactly("a", "b");
    assertThat(corpus.relations()).hasSize(4);
  }

  /** "the summit" of one article is not the summit of another (issue 17); named events join. */
  @Test
  void merge_commonNounEvents_stayTheirDocumentsOwn() {
    CorpusGraph corpus = CorpusGraph.merge(List.of(talks("a"), talks("b")));

    assertThat(corpus.entities())
        .extracting(CorpusEntity::key)
        .containsExactly("event:talks@a/e1", "event:g20 summit", "event:talks@b/e1");
    assertThat(corpus.entity("event:g20 summit").orElseThrow().documents())
        .containsExactly("a", "b");
  }

  private static Document talks(String id) {
    String text = "Talks at the G20 summit";
    return Document.of(
        id,
        text,
        List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
        List.of(
            Entity.builder("e1", EntityType.EVENT, "Talks")
                .named(false)
                .mention(new Mention("Talks", new TextSpan(0, 5), 0))
                .build(),
            Entity.builder("e2", EntityType.EVENT, "G20 summit")
                .mention(new Mention("G20 summit", new TextSpan(13, 23), 0))
                .build()),
        List.of());
  }

  @Test
  void merge_duplicateDocumentIds_throws() {
    assertThatThrownBy(
            () -> CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two documents have the id 'a'; give every document of a batch its own id");
  }

  @Test
  void merge_noDocument_isEmpty() {
    CorpusGraph corpus = CorpusGraph.merge(List.of());

    assertThat(corpus.entities()).isEmpty();
    assertThat(corpus.relations()).isEmpty();
  }
}
