package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

class HtmlReportTest {

  private static Document doc() {
    String text = "President <Boric> of Chile & friends will attend the G20 summit.";
    Entity boric =
        Entity.builder("e1", EntityType.PERSON, "Gabriel Boric")
            .mention(new Mention("Boric", new TextSpan(11, 16), 0))
            .build();
    Entity chile =
        Entity.builder("e2", EntityType.COUNTRY, "Chile")
            .code("CL")
            .mention(new Mention("Chile", new TextSpan(21, 26), 0))
            .build();
    int g = text.indexOf("G20 summit");
    Entity g20 =
        Entity.builder("e3", EntityType.EVENT, "G20 summit")
            .mention(new Mention("G20 summit", new TextSpan(g, g + 10), 0))
            .build();
    Evidence ev = new Evidence(0, new TextSpan(0, text.length()), text, "hand-written");
    return Document.of(
        "doc <1>",
        text,
        List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
        List.of(boric, chile, g20),
        List.of(
            new Relation(
                RelationType.LEADER_OF,
                boric,
                chile,
                0.9,
                Modality.ASSERTED,
                Map.of(),
                List.of(ev)),
            new Relation(
                RelationType.ATTENDS, boric, g20, 0.8, Modality.PLANNED, Map.of(), List.of(ev))));
  }

  @Test
  void render_marksEveryMentionWithItsType() {
    String html = HtmlReport.render(doc());

    assertThat(html)
        .contains("<mark class=\"ent t-PERSON\" data-entity=\"e1\"")
        .contains(">Boric<span class=\"lbl\">PERSON</span></mark>")
        .contains(">Chile<span class=\"lbl\">COUNTRY</span></mark>")
        .contains(">G20 summit<span class=\"lbl\">EVENT</span></mark>")
        .contains("President &lt;<mark")
        .contains("Chile<span class=\"lbl\">COUNTRY</span></mark> &amp; friends");
  }

  @Test
  void render_graphDataHasOneNodePerEntityAndOneEdgePerRelation() {
    String html = HtmlReport.render(doc());

    assertThat(html).contains("<div id=\"cy\"");
    String data =
        html.substring(
            html.indexOf("<script type=\"application/json\" id=\"graph-data\">"),
            html.indexOf("</script>", html.indexOf("id=\"graph-data\"")));
    assertThat(data.split("\"colour\":", -1)).hasSize(4);
    assertThat(data)
        .contains("{\"id\":\"e1\",\"label\":\"Gabriel Boric\"")
        .contains(
            "{\"id\":\"r1\",\"index\":1,\"source\":\"e1\",\"target\":\"e3\","
                + "\"type\":\"ATTENDS\",\"modality\":\"PLANNED\",\"confidence\":0.800}");
    assertThat(html).contains("<tr id=\"relation-1\"");
  }

  @Test
  void render_filtersOfferEachTypeRelationAndModalityOfTheDocument() {
    String html = HtmlReport.render(doc());

    assertThat(html)
        .contains("data-filter=\"type\" value=\"PERSON\" checked")
        .contains("data-filter=\"type\" value=\"EVENT\" checked")
        .contains("data-filter=\"relation\" value=\"ATTENDS\" checked")
        .contains("data-filter=\"modality\" value=\"ASSERTED\" checked")
        .contains("data-filter=\"modality\" value=\"PLANNED\" checked")
        .contains("id=\"min-confidence\"")
        .doesNotContain("value=\"DATE\"", "value=\"NEGATED\"");
  }

  @Test
  void render_isSelfContained() {
    String html = HtmlReport.render(doc());
    int lib = html.indexOf("Copyright (c) 2016");

    assertThat(lib).as("Cytoscape.js is inlined").isPositive();
    // the inlined library's licence comment names web pages, which are never fetched; the rest of
    // the page names none, and nothing loads anything
    String own =
        html.substring(0, html.lastIndexOf("<script>", lib))
            + html.substring(html.indexOf("</script>", lib));
    assertThat(own).doesNotContain("http://", "https://", "src=", "<link", "@import", "url(");
    assertThat(html).doesNotContain("<script src", "<link", "@import");
  }

  @Test
  void json_cannotCloseTheScriptElement() {
    assertThat(HtmlReport.json("a</script><b>\"&"))
        .isEqualTo("\"a\\u003c/script\\u003e\\u003cb\\u003e\\\"\\u0026\"");
  }

  @Test
  void render_escapesTheDocumentId() {
    assertThat(HtmlReport.render(doc())).contains("<title>NewsGraph: doc &lt;1&gt;</title>");
  }

  @Test
  void index_linksDocumentsAndShowsErrors() {
    String html =
        HtmlReport.index(
            List.of(
                new HtmlReport.IndexEntry("a.txt", "a.html", 3, 2, ""),
                new HtmlReport.IndexEntry("b.txt", "", 0, 0, "cannot read b.txt")));

    assertThat(html).contains("<a href=\"a.html\">a.txt</a>").contains("cannot read b.txt");
  }
}
