package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

class CorpusGraphTest {

  private static final StructType ENTITY =
      new StructType()
          .add("documentId", DataTypes.StringType)
          .add("entityId", DataTypes.StringType)
          .add("type", DataTypes.StringType)
          .add("name", DataTypes.StringType)
          .add("code", DataTypes.StringType)
          .add("value", DataTypes.StringType)
          .add("canonicalKey", DataTypes.StringType)
          .add("mentionCount", DataTypes.IntegerType)
          .add("firstOffset", DataTypes.IntegerType);
  private static final StructType RELATION =
      new StructType()
          .add("documentId", DataTypes.StringType)
          .add("type", DataTypes.StringType)
          .add("subjectKey", DataTypes.StringType)
          .add("objectKey", DataTypes.StringType)
          .add("confidence", DataTypes.DoubleType);

  private static Row entity(
      String doc, String type, String name, String code, String key, int mentions) {
    return new GenericRowWithSchema(
        new Object[] {doc, "e1", type, name, code, null, key, mentions, 0}, ENTITY);
  }

  private static Row relation(
      String doc, String type, String subject, String object, double confidence) {
    return new GenericRowWithSchema(
        new Object[] {doc, type, subject, object, confidence}, RELATION);
  }

  @Test
  void fromRows_sameKeyInTwoDocuments_mergesIntoOneEntity() {
    CorpusGraph graph =
        CorpusGraph.fromRows(
            List.of(
                entity("d1", "COUNTRY", "United States", "US", "country:US", 2),
                entity("d2", "COUNTRY", "United States", "US", "country:US", 1),
                entity("d3", "COUNTRY", "USA", "US", "country:US", 1),
                entity("d1", "PERSON", "Joe Biden", null, "person:joe biden", 3),
                entity("d2", "PERSON", "Joe Biden", null, "person:joe biden", 1)),
            List.of(
                relation("d1", "LEADER_OF", "person:joe biden", "country:US", 0.9),
                relation("d2", "LEADER_OF", "person:joe biden", "country:US", 0.7)));

    assertThat(graph.entities())
        .containsExactly(
            new CorpusEntity("country:US", EntityType.COUNTRY, "United States", "US", 3, 4),
            new CorpusEntity("person:joe biden", EntityType.PERSON, "Joe Biden", null, 2, 4));
    assertThat(graph.relations())
        .containsExactly(
            new CorpusRelation(RelationType.LEADER_OF, "person:joe biden", "country:US", 2, 0.9));
    assertThat(graph.relationsFrom("person:joe biden")).hasSize(1);
    assertThat(graph.entity("country:US").flatMap(CorpusEntity::isoCode)).hasValue("US");
  }

  @Test
  void fromRows_relationWhoseEndsMerge_isDropped() {
    CorpusGraph graph =
        CorpusGraph.fromRows(
            List.of(entity("d1", "CITY", "Paris", null, "CITY:paris", 2)),
            List.of(relation("d1", "LOCATED_IN", "CITY:paris", "CITY:paris", 0.5)));

    assertThat(graph.relations()).isEmpty();
    assertThat(graph.toString()).isEqualTo("CorpusGraph{1 entities, 0 relations}");
  }
}
