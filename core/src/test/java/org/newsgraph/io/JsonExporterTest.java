package org.newsgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.relation.Relation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class JsonExporterTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Surefire runs in the module folder; the schema is documentation, kept in the root docs/. */
  private static final Path SCHEMA = Path.of("..", "docs", "schema", "document.schema.json");

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.readTree(Files.readString(SCHEMA)));
  }

  @Test
  void toJson_handBuiltDocument_roundTripsIdsOffsetsAndCounts() {
    Document doc = ExportFixtures.summit("doc-1");

    JsonNode json = JSON.readTree(JsonExporter.toJson(doc));

    assertThat(json.get("id").asString()).isEqualTo("doc-1");
    assertThat(json.get("text").asString()).isEqualTo(doc.text());
    assertThat(json.get("sentences")).hasSize(doc.sentences().size());
    assertThat(json.get("entities")).hasSize(doc.entities().size());
    assertThat(json.get("relations")).hasSize(doc.relations().size());
    for (int i = 0; i < doc.entities().size(); i++) {
      Entity e = doc.entities().get(i);
      JsonNode je = json.get("entities").get(i);
      assertThat(je.get("id").asString()).isEqualTo(e.id());
      assertThat(je.get("type").asString()).isEqualTo(e.type().name());
      assertThat(je.get("name").asString()).isEqualTo(e.name());
      assertThat(je.get("mentions")).hasSize(e.mentions().size());
      for (int j = 0; j < e.mentions().size(); j++) {
        Mention m = e.mentions().get(j);
        JsonNode jm = je.get("mentions").get(j);
        assertThat(jm.get("begin").asInt()).isEqualTo(m.begin());
        assertThat(jm.get("end").asInt()).isEqualTo(m.end());
        assertThat(doc.text().substring(jm.get("begin").asInt(), jm.get("end").asInt()))
            .isEqualTo(jm.get("text").asString());
      }
    }
    for (int i = 0; i < doc.relations().size(); i++) {
      Relation r = doc.relations().get(i);
      JsonNode jr = json.get("relations").get(i);
      assertThat(jr.get("type").asString()).isEqualTo(r.type().name());
      assertThat(jr.get("subject").asString()).isEqualTo(r.subject().id());
      assertThat(jr.get("object").asString()).isEqualTo(r.object().id());
      assertThat(jr.get("evidence")).hasSize(r.evidence().size());
    }
    assertThat(json.get("entities").get(1).get("code").asString()).isEqualTo("KZ");
    assertThat(json.get("entities").get(3).get("value").asString()).isEqualTo("XXXX-05-09");
    assertThat(json.get("entities").get(2).get("eventClass").asString()).isEqualTo("CEREMONY");
    assertThat(json.get("entities").get(2).get("named").asBoolean()).isTrue();
    assertThat(json.get("entities").get(0).has("named")).isFalse();
    assertThat(json.get("entities").get(0).has("eventClass")).isFalse();
    assertThat(json.get("relations").get(0).get("attributes").get("title").asString())
        .isEqualTo("President");
    // the typed fields beside the attributes (issue 18), on titled relations only
    assertThat(json.get("relations").get(0).get("title").asString()).isEqualTo("President");
    assertThat(json.get("relations").get(0).get("tenure").asString()).isEqualTo("CURRENT");
    for (int i = 0; i < doc.relations().size(); i++) {
      assertThat(json.get("relations").get(i).has("tenure"))
          .isEqualTo(doc.relations().get(i).title().isPresent());
    }
  }

  /** A script tells common-noun events from named ones by the field (issue 17). */
  @Test
  void toJson_commonNounEvent_isUnnamedWithItsClass() throws IOException {
    String text = "The talks ended.";
    Document doc =
        Document.of(
            "t",
            text,
            List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
            List.of(
                Entity.builder("e1", EntityType.EVENT, "talks")
                    .eventClass(EventClass.MEETING)
                    .named(false)
                    .mention(new Mention("talks", new TextSpan(4, 9), 0))
                    .build()),
            List.of());
    String out = JsonExporter.toJson(doc);
    JsonNode e = JSON.readTree(out).get("entities").get(0);
    assertThat(e.get("eventClass").asString()).isEqualTo("MEETING");
    assertThat(e.get("named").asBoolean()).isFalse();
    assertThat(schema().validate(JSON.readTree(out))).isEmpty();
  }

  @Test
  void toJson_handBuiltDocuments_validAgainstTheSchema() throws IOException {
    Schema schema = schema();
    for (Document doc : List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b"))) {
      List<Error> errors = schema.validate(JSON.readTree(JsonExporter.toJson(doc)));
      assertThat(errors).as(doc.id()).isEmpty();
    }
  }

  @Test
  void toJson_emptyDocument_validAgainstTheSchema() throws IOException {
    Document empty = Document.of("empty", "", List.of(), List.of(), List.of());

    assertThat(schema().validate(JSON.readTree(JsonExporter.toJson(empty)))).isEmpty();
  }

  @Test
  void toJson_skippedDocument_validAgainstTheSchema() throws IOException {
    Document skipped =
        Document.skipped(
            "de", "Heute regnet es in den Bergen.", org.newsgraph.SkipReason.NOT_ENGLISH);

    JsonNode json = JSON.readTree(JsonExporter.toJson(skipped));
    assertThat(json.get("skipped").asString()).isEqualTo("NOT_ENGLISH");
    assertThat(schema().validate(json)).isEmpty();
  }

  @Test
  void write_twoDocuments_makeJsonLinesEndingWithANewline() {
    StringBuilder out = new StringBuilder();
    JsonExporter.write(ExportFixtures.summit("a"), out);
    JsonExporter.write(ExportFixtures.visit("b"), out);

    assertThat(out.toString())
        .isEqualTo(
            JsonExporter.toJson(ExportFixtures.summit("a"))
                + "\n"
                + JsonExporter.toJson(ExportFixtures.visit("b"))
                + "\n");
    assertThat(JsonExporter.toJson(ExportFixtures.summit("a"))).doesNotContain("\n");
  }

  @Test
  void schema_documentWithoutRelations_isRejected() throws IOException {
    JsonNode bad = JSON.readTree("{\"id\":\"x\",\"text\":\"\",\"sentences\":[],\"entities\":[]}");

    assertThat(schema().validate(bad)).isNotEmpty();
  }

  @Test
  void toJsonArray_twoDocuments_parsesAsArrayOfValidDocuments() throws IOException {
    Schema schema = schema();
    JsonNode array =
        JSON.readTree(
            JsonExporter.toJsonArray(
                List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b"))));

    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    assertThat(array.get(1).get("id").asString()).isEqualTo("b");
    for (JsonNode doc : array) {
      assertThat(schema.validate(doc)).isEmpty();
    }
  }

  @Test
  void toJson_corpusGraph_writesKeysDocumentsAndEvidencePerDocument() {
    CorpusGraph corpus =
        CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")));

    JsonNode json = JSON.readTree(JsonExporter.toJson(corpus));

    assertThat(json.get("documents").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(json.get("entities")).hasSize(corpus.entities().size());
    JsonNode kz = json.get("entities").get(1);
    assertThat(kz.get("key").asString()).isEqualTo("country:KZ");
    assertThat(kz.get("code").asString()).isEqualTo("KZ");
    assertThat(kz.get("documents").toString()).isEqualTo("[\"a\",\"b\"]");
    JsonNode may9 = json.get("entities").get(3);
    assertThat(may9.get("value").asString()).isEqualTo("XXXX-05-09");
    JsonNode leader = json.get("relations").get(0);
    assertThat(leader.get("subject").asString()).isEqualTo("person:kassym jomart tokayev");
    assertThat(leader.get("object").asString()).isEqualTo("country:KZ");
    assertThat(leader.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(leader.get("evidence"))
        .extracting(e -> e.get("document").asString())
        .containsExactly("a", "b");
    assertThat(leader.get("evidence").get(0).get("modality").asString()).isEqualTo("ASSERTED");
    assertThat(json.get("relations")).hasSize(corpus.relations().size());
  }
}
