package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.io.ExportFixtures;
import org.newsgraph.relation.RelationType;

class CorpusGraphTest {

  private static Entity entity(EntityType type, String name) {
    return Entity.builder("e1", type, name)
        .mention(new Mention(name, new TextSpan(0, name.length()), 0))
        .build();
  }

  @Test
  void key_countryWithCode_usesTheIsoCode() {
    Entity e = Entity.builder("e9", EntityType.COUNTRY, "Republic of Kazakhstan")
        .code("KZ")
        .mention(new Mention("Kazakh", new TextSpan(0, 6), 0))
        .build();

    assertThat(CorpusGraph.key(e)).isEqualTo("country:KZ");
  }

  @Test
  void key_person_normalisesCaseAccentsPunctuationAndHonorifics() {
    assertThat(CorpusGraph.key(entity(EntityType.PERSON, "Mr. Recep Tayyip Erdo\u011fan")))
        .isEqualTo(CorpusGraph.key(entity(EntityType.PERSON, "recep tayyip erdogan")))
        .isEqualTo("person:recep tayyip erdogan");
    assertThat(CorpusGraph.key(entity(EntityType.PERSON, "Kassym-Jomart Tokayev")))
        .isEqualTo("person:kassym jomart tokayev");
  }

  @Test
  void key_otherTypes_typeAndLowerCasedName() {
    assertThat(CorpusGraph.key(entity(EntityType.EVENT, "Victory Day Parade")))
        .isEqualTo("event:victory day parade");
    assertThat(CorpusGraph.key(entity(EntityType.CITY, "ISTANBUL")))
        .isEqualTo("city:istanbul");
  }

  @Test
  void merge_twoDocuments_joinsEntitiesAndKeepsEvidencePerDocument() {
    CorpusGraph corpus =
        CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")));

    assertThat(corpus.documents()).containsExactly("a", "b");
    // summit: Tokayev, Kazakhstan, parade, May 9, Putin; visit adds only Astana
    assertThat(corpus.entities()).extracting(CorpusEntity::key)
        .containsExactly(
            "person:kassym jomart tokayev", "country:KZ", "event:victory day parade",
            "date:may 9", "person:putin", "city:astana");
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

    assertThat(corpus.entities()).extracting(CorpusEntity::key)
        .containsExactly("event:talks@a/e1", "event:g20 summit", "event:talks@b/e1");
    assertThat(corpus.entity("event:g20 summit").orElseThrow().documents()).containsExactly("a", "b");
  }

  private static org.newsgraph.Document talks(String id) {
    String text = "Talks at the G20 summit";
    return org.newsgraph.Document.of(
        id,
        text,
        List.of(new org.newsgraph.Sentence(0, new TextSpan(0, text.length()), text)),
        List.of(
            Entity.builder("e1", EntityType.EVENT, "Talks").named(false)
                .mention(new Mention("Talks", new TextSpan(0, 5), 0)).build(),
            Entity.builder("e2", EntityType.EVENT, "G20 summit")
                .mention(new Mention("G20 summit", new TextSpan(13, 23), 0)).build()),
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
