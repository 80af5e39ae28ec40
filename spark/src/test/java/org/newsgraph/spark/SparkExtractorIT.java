package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.entity.Entity;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/** Spark extraction on local[2] against the single-JVM extractor, with real models. */
class SparkExtractorIT {

  private static final ExtractorConfig CONFIG = ExtractorConfig.all();
  private static final StructType ARTICLES =
      new StructType()
          .add("doc_id", DataTypes.StringType, false)
          .add("body", DataTypes.StringType, true);

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("local[2]");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Dataset<Row> articles(List<String> texts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create(String.format(java.util.Locale.ROOT, "d%03d", i), texts.get(i)));
    }
    // four partitions on two cores: both task threads share one extractor
    return spark.createDataFrame(rows, ARTICLES).repartition(4);
  }

  private static SparkExtractor extractor() {
    return SparkExtractor.builder(CONFIG).idColumn("doc_id").textColumn("body").build();
  }

  @Test
  void extract_fiftyDocuments_equalsSingleJvmResult() {
    List<String> texts = CrossNerSentences.read(CrossNerSentences.devSetOrSkip(), 50);
    assertThat(texts).hasSize(50);

    ExtractedCorpus corpus = extractor().extract(articles(texts));
    List<List<Object>> entities =
        corpus.entities().collectAsList().stream().map(SparkExtractorIT::entity).toList();
    List<List<Object>> relations =
        corpus.relations().collectAsList().stream().map(SparkExtractorIT::relation).toList();
    assertThat(corpus.errors().count()).isZero();

    // the driver and the local executor share one JVM, so this is the same extractor instance
    Extractor single = ExtractorHolder.get(CONFIG);
    List<List<Object>> expectedEntities = new ArrayList<>();
    List<List<Object>> expectedRelations = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Document doc = single.extract(String.format(java.util.Locale.ROOT, "d%03d", i), texts.get(i));
      for (Entity e : doc.entities()) {
        expectedEntities.add(
            listOf(
                doc.id(),
                e.id(),
                e.type().name(),
                e.name(),
                e.code().orElse(null),
                e.value().orElse(null),
                org.newsgraph.graph.CorpusGraph.key(doc, e),
                e.mentions().size(),
                e.mentions().get(0).begin()));
      }
      for (Relation r : doc.relations()) {
        List<Object> evidence = new ArrayList<>();
        for (Evidence ev : r.evidence()) {
          evidence.add(List.of(ev.sentence(), ev.span().begin(), ev.span().end(), ev.text()));
        }
        expectedRelations.add(
            listOf(
                doc.id(),
                r.type().name(),
                r.subject().id(),
                r.subject().name(),
                org.newsgraph.graph.CorpusGraph.key(doc, r.subject()),
                r.object().id(),
                r.object().name(),
                org.newsgraph.graph.CorpusGraph.key(doc, r.object()),
                r.confidence(),
                r.modality().name(),
                Map.copyOf(r.attributes()),
                evidence));
      }
    }
    assertThat(expectedEntities).hasSizeGreaterThan(50);
    assertThat(entities).containsExactlyInAnyOrderElementsOf(expectedEntities);
    assertThat(relations).containsExactlyInAnyOrderElementsOf(expectedRelations);

    CorpusGraph graph = corpus.graph();
    assertThat(graph.entities()).isNotEmpty();
    assertThat(graph.entities().stream().mapToInt(CorpusEntity::mentions).sum())
        .isEqualTo(expectedEntities.stream().mapToInt(row -> (Integer) row.get(7)).sum());
    corpus.documents().unpersist();
  }

  @Test
  void extract_documentWithNul_becomesErrorRowAndJobSucceeds() {
    List<String> texts =
        List.of(
            "Joe Biden is the president of the United States.",
            "Binary\0data from a broken feed.",
            "Emmanuel Macron visited Berlin on Monday.");

    ExtractedCorpus corpus = extractor().extract(articles(texts));

    List<Row> errors = corpus.errors().collectAsList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getString(0)).isEqualTo("d001");
    assertThat(errors.get(0).getString(1))
        .startsWith("IllegalArgumentException: text holds a NUL character at index 6");
    assertThat(corpus.entities().select("documentId").distinct().collectAsList())
        .extracting(row -> row.getString(0))
        .containsExactlyInAnyOrder("d000", "d002");
    corpus.documents().unpersist();
  }

  private static List<Object> entity(Row r) {
    return listOf(
        r.getAs("documentId"),
        r.getAs("entityId"),
        r.getAs("type"),
        r.getAs("name"),
        r.getAs("code"),
        r.getAs("value"),
        r.getAs("canonicalKey"),
        r.getAs("mentionCount"),
        r.getAs("firstOffset"));
  }

  private static List<Object> relation(Row r) {
    List<Object> evidence = new ArrayList<>();
    for (Row ev : r.<Row>getList(r.fieldIndex("evidence"))) {
      evidence.add(
          List.of(ev.getAs("sentence"), ev.getAs("begin"), ev.getAs("end"), ev.getAs("text")));
    }
    return listOf(
        r.getAs("documentId"),
        r.getAs("type"),
        r.getAs("subjectId"),
        r.getAs("subjectName"),
        r.getAs("subjectKey"),
        r.getAs("objectId"),
        r.getAs("objectName"),
        r.getAs("objectKey"),
        r.getAs("confidence"),
        r.getAs("modality"),
        Map.copyOf(r.<String, String>getJavaMap(r.fieldIndex("attributes"))),
        evidence);
  }

  /** Like {@code List.of}, but keeps nulls (absent codes and values). */
  private static List<Object> listOf(Object... values) {
    return java.util.Arrays.asList(values);
  }
}
