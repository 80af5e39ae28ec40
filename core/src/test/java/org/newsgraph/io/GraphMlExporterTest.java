package org.newsgraph.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.graph.CorpusGraph;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlExporterTest {

  private static org.w3c.dom.Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  private static List<Element> elements(org.w3c.dom.Document xml, String name) {
    NodeList list = xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static String data(Element owner, String key) {
    for (Element d : elementsOf(owner)) {
      if (d.getAttribute("key").equals(key)) {
        return d.getTextContent();
      }
    }
    return "";
  }

  private static List<Element> elementsOf(Element owner) {
    NodeList list = owner.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void toGraphMl_document_parsesWithOneNodePerEntityAndOneEdgePerRelation() throws Exception {
    Document doc = ExportFixtures.summit("doc \"1\" & <2>");

    org.w3c.dom.Document xml = parse(GraphMlExporter.toGraphMl(doc));

    assertThat(elements(xml, "node")).hasSize(5);
    assertThat(elements(xml, "edge")).hasSize(3);
    assertThat(elements(xml, "graph").get(0).getAttribute("id")).isEqualTo("doc \"1\" & <2>");
    assertThat(elements(xml, "graph").get(0).getAttribute("edgedefault")).isEqualTo("directed");
    Element edge = elements(xml, "edge").get(0);
    assertThat(edge.getAttribute("source")).isEqualTo("e1");
    assertThat(edge.getAttribute("target")).isEqualTo("e2");
    assertThat(data(edge, "e_type")).isEqualTo("LEADER_OF");
    assertThat(data(edge, "e_confidence")).isEqualTo("0.900");
    assertThat(data(edge, "e_attributes")).isEqualTo("title=President");
    assertThat(data(elements(xml, "node").get(1), "n_code")).isEqualTo("KZ");
  }

  @Test
  void toGraphMl_document_declaresTypedKeysForEveryDataElement() throws Exception {
    org.w3c.dom.Document xml = parse(GraphMlExporter.toGraphMl(ExportFixtures.summit("d")));

    List<String> keyIds = new ArrayList<>();
    for (Element k : elements(xml, "key")) {
      keyIds.add(k.getAttribute("id"));
      assertThat(k.getAttribute("attr.type")).isIn("string", "int", "double");
      assertThat(k.getAttribute("for")).isIn("node", "edge");
    }
    for (Element d : elements(xml, "data")) {
      assertThat(keyIds).contains(d.getAttribute("key"));
    }
    assertThat(elements(xml, "key"))
        .filteredOn(k -> k.getAttribute("attr.name").equals("confidence"))
        .singleElement()
        .satisfies(k -> assertThat(k.getAttribute("attr.type")).isEqualTo("double"));
  }

  @Test
  void toGraphMl_evidenceWithQuotesAndNewline_keepsTheText() throws Exception {
    Document doc = ExportFixtures.summit("d");

    org.w3c.dom.Document xml = parse(GraphMlExporter.toGraphMl(doc));

    assertThat(data(elements(xml, "edge").get(0), "e_evidence"))
        .isEqualTo(doc.relations().get(0).evidence().get(0).text());
  }

  @Test
  void toGraphMl_corpus_nodesAreMergedEntities() throws Exception {
    CorpusGraph corpus =
        CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")));

    org.w3c.dom.Document xml = parse(GraphMlExporter.toGraphMl(corpus));

    assertThat(elements(xml, "node")).hasSize(corpus.entities().size());
    assertThat(elements(xml, "edge")).hasSize(corpus.relations().size());
    Element leader = elements(xml, "edge").get(0);
    assertThat(leader.getAttribute("source")).isEqualTo("person:kassym jomart tokayev");
    assertThat(leader.getAttribute("target")).isEqualTo("country:KZ");
    assertThat(data(leader, "e_evidenceCount")).isEqualTo("2");
    assertThat(data(leader, "e_documents")).isEqualTo("a b");
  }
}
