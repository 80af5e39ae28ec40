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
    Entity boric = Entity.builder("e1", EntityType.PERSON, "Gabriel Boric")
        .mention(new Mention("Boric", new TextSpan(11, 16), 0)).build();
    Entity chile = Entity.builder("e2", EntityType.COUNTRY, "Chile").code("CL")
        .mention(new Mention("Chile", new TextSpan(21, 26), 0)).build();
    int g = text.indexOf("G20 summit");
    Entity g20 = Entity.builder("e3", EntityType.EVENT, "G20 summit")
        .mention(new Mention("G20 summit", new TextSpan(g, g + 10), 0)).build();
    Evidence ev = new Evidence(0, new TextSpan(0, text.length()), text, "hand-written");
    return Document.of(
        "doc <1>",
        text,
        List.of(new Sentence(0, new TextSpan(0, text.length()), text)),
        List.of(boric, chile, g20),
        List.of(
            new Relation(RelationType.LEADER_OF, boric, chile, 0.9, Modality.ASSERTED, Map.of(),
                List.of(ev)),
            new Relation(RelationType.ATTENDS, boric, g20, 0.8, Modality.PLANNED, Map.of(),
                List.of(ev))));
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
  void render_drawsOneSvgEdgePerRelationLabelledWithItsType() {
    String html = HtmlReport.render(doc());

    assertThat(html).contains("<svg id=\"relation-graph\"");
    assertThat(html.split("<g class=\"edge\"", -1)).hasSize(3);
    assertThat(html.split("<g class=\"node ", -1)).hasSize(4);
    assertThat(html).contains(">LEADER_OF</text>").contains(">ATTENDS</text>");
    assertThat(html).contains("<tr id=\"relation-1\"");
  }

  @Test
  void render_isSelfContained() {
    String html = HtmlReport.render(doc());

    // the only URL is the SVG namespace name, which is never fetched
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http://", "https://", "src=", "<link", "@import", "url(http");
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
