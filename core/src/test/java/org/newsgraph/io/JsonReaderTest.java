package org.newsgraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.SkipReason;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

class JsonReaderTest {

  @Test
  void read_exportedDocument_equalsTheOriginal() {
    for (Document doc : List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b"))) {
      assertThat(JsonReader.read(JsonExporter.toJson(doc))).isEqualTo(doc);
    }
  }

  @Test
  void read_emptyDocument_equalsTheOriginal() {
    Document empty = Document.of("empty", "", List.of(), List.of(), List.of());
    assertThat(JsonReader.read(JsonExporter.toJson(empty))).isEqualTo(empty);
  }

  @Test
  void read_skippedDocument_keepsTheReason() {
    Document skipped =
        Document.skipped("de", "Heute regnet es in den Bergen.", SkipReason.NOT_ENGLISH);
    String json = JsonExporter.toJson(skipped);

    assertThat(json).contains("\"skipped\":\"NOT_ENGLISH\"");
    assertThat(JsonReader.read(json)).isEqualTo(skipped);
    assertThat(JsonReader.read(json).skipReason()).contains(SkipReason.NOT_ENGLISH);
  }

  @Test
  void read_customTypes_areReadAsUserDefinedOnes() {
    String text = "Berg met Klein about the K9 howitzer.";
    EntityType weapon = EntityType.custom("WEAPON_SYSTEM");
    RelationType meets =
        RelationType.custom("MEETS", Set.of(EntityType.PERSON), Set.of(EntityType.PERSON));
    Entity berg = entity("e1", EntityType.PERSON, text, "Berg");
    Entity klein = entity("e2", EntityType.PERSON, text, "Klein");
    Entity k9 = entity("e3", weapon, text, "K9 howitzer");
    Document doc =
        Document.of(
            "custom",
            text,
            List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
            List.of(berg, klein, k9),
            List.of(
                new Relation(
                    meets,
                    berg,
                    klein,
                    0.56,
                    Modality.ASSERTED,
                    Map.of("venue", "\"K\\9\"\n"),
                    List.of(new Evidence(0, new TextSpan(0, 14), "Berg met Klein", "meets")))));

    Document back = JsonReader.read(JsonExporter.toJson(doc));

    assertThat(back).isEqualTo(doc);
    assertThat(back.entities().get(2).type()).isEqualTo(weapon);
    assertThat(back.relations().get(0).type()).isEqualTo(meets);
  }

  @Test
  void readAll_arrayAndJsonLines_giveTheDocumentsInOrder() {
    List<Document> docs = List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b"));
    String lines =
        JsonExporter.toJson(docs.get(0)) + "\n\n" + JsonExporter.toJson(docs.get(1)) + "\n";

    assertThat(JsonReader.readAll(JsonExporter.toJsonArray(docs))).isEqualTo(docs);
    assertThat(JsonReader.readAll(lines)).isEqualTo(docs);
  }

  @Test
  void readAll_failureLine_throwsNamingTheDocument() {
    String lines =
        JsonExporter.toJson(ExportFixtures.summit("a"))
            + "\n{\"id\":\"b.txt\",\"error\":\"text holds NUL\"}\n";

    assertThatThrownBy(() -> JsonReader.readAll(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "line 2: document 'b.txt' is a failure record, not a document (error: text holds NUL);"
                + " leave out the lines with an \"error\" field");
  }

  @Test
  void read_missingField_namesIt() {
    assertThatThrownBy(
            () -> JsonReader.read("{\"id\":\"x\",\"text\":\"\",\"sentences\":[],\"entities\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document 'x' has no \"relations\"");
  }

  @Test
  void read_unknownEntity_namesTheRelation() {
    String json =
        "{\"id\":\"x\",\"text\":\"Ana\",\"sentences\":[],\"entities\":[],\"relations\":[{\"type\":"
            + "\"ATTENDS\",\"subject\":\"e1\",\"object\":\"e2\"}]}";
    assertThatThrownBy(() -> JsonReader.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document 'x', relation ATTENDS names entity 'e1', which the document does not have");
  }

  @Test
  void read_notJson_throwsIllegalArgument() {
    assertThatThrownBy(() -> JsonReader.read("{\"id\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read document JSON: ");
    assertThatThrownBy(() -> JsonReader.read("[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document must be a JSON object, but was an array");
  }

  private static Entity entity(String id, EntityType type, String text, String surface) {
    int b = text.indexOf(surface);
    return Entity.builder(id, type, surface)
        .mention(new Mention(surface, new TextSpan(b, b + surface.length()), 0))
        .build();
  }
}
