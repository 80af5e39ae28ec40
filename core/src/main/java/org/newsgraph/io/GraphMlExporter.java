package org.newsgraph.io;

import static java.util.Objects.requireNonNull;

import org.newsgraph.Document;
import org.newsgraph.graph.CorpusGraph;

/**
 * Writes a document's relation graph, or a merged batch, as GraphML: the XML graph format that
 * Gephi, yEd, Cytoscape and NetworkX read.
 *
 * <p>Every node and edge attribute is declared with a typed {@code <key>} ({@code attr.type} is
 * {@code string}, {@code int} or {@code double}). Nodes carry {@code label} (the entity name),
 * {@code type}, {@code code}, {@code value}, {@code mentions} and {@code documents}; edges carry
 * {@code label} and {@code type} (the relation type), {@code confidence}, {@code modality}, {@code
 * attributes}, {@code evidenceCount}, {@code evidence} (the texts, joined by {@code " | "}) and
 * {@code documents}. Node ids are entity ids for a document and canonical keys ({@link
 * CorpusGraph#key(org.newsgraph.Document, org.newsgraph.entity.Entity)}) for a batch. Output is
 * deterministic. Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.writeString(Path.of("graph.graphml"), GraphMlExporter.toGraphMl(doc));
 * Files.writeString(Path.of("corpus.graphml"), GraphMlExporter.toGraphMl(CorpusGraph.merge(docs)));
 * }</pre>
 */
public final class GraphMlExporter {

  private static final String[][] NODE_KEYS = {
    {"label", "string"},
    {"type", "string"},
    {"code", "string"},
    {"value", "string"},
    {"mentions", "int"},
    {"documents", "string"}
  };
  private static final String[][] EDGE_KEYS = {
    {"label", "string"},
    {"type", "string"},
    {"confidence", "double"},
    {"modality", "string"},
    {"attributes", "string"},
    {"evidenceCount", "int"},
    {"evidence", "string"},
    {"documents", "string"}
  };

  private GraphMlExporter() {}

  /** Returns the document's relation graph as a GraphML file. */
  public static String toGraphMl(Document doc) {
    requireNonNull(doc, "doc");
    return write(GraphView.of(doc));
  }

  /** Returns the merged graph of a batch as a GraphML file. */
  public static String toGraphMl(CorpusGraph corpus) {
    requireNonNull(corpus, "corpus");
    return write(GraphView.of(corpus));
  }

  private static String write(GraphView g) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (String[] k : NODE_KEYS) {
      key(sb, "n_" + k[0], "node", k[0], k[1]);
    }
    for (String[] k : EDGE_KEYS) {
      key(sb, "e_" + k[0], "edge", k[0], k[1]);
    }
    sb.append("  <graph id=\"").append(escape(g.id)).append("\" edgedefault=\"directed\">\n");
    for (GraphView.Node n : g.nodes) {
      sb.append("    <node id=\"").append(escape(n.id())).append("\">\n");
      data(sb, "n_label", n.name());
      data(sb, "n_type", n.type());
      data(sb, "n_code", n.code());
      data(sb, "n_value", n.value());
      data(sb, "n_mentions", Integer.toString(n.mentions()));
      data(sb, "n_documents", n.documents());
      sb.append("    </node>\n");
    }
    for (GraphView.Edge e : g.edges) {
      sb.append("    <edge id=\"")
          .append(e.id())
          .append("\" source=\"")
          .append(escape(e.source()))
          .append("\" target=\"")
          .append(escape(e.target()))
          .append("\">\n");
      data(sb, "e_label", e.type());
      data(sb, "e_type", e.type());
      data(sb, "e_confidence", GraphView.confidence(e.confidence()));
      data(sb, "e_modality", e.modality());
      data(sb, "e_attributes", e.attributes());
      data(sb, "e_evidenceCount", Integer.toString(e.evidence().size()));
      data(sb, "e_evidence", String.join(" | ", e.evidence()));
      data(sb, "e_documents", e.documents());
      sb.append("    </edge>\n");
    }
    return sb.append("  </graph>\n</graphml>\n").toString();
  }

  private static void key(StringBuilder sb, String id, String domain, String name, String type) {
    sb.append("  <key id=\"")
        .append(id)
        .append("\" for=\"")
        .append(domain)
        .append("\" attr.name=\"")
        .append(name)
        .append("\" attr.type=\"")
        .append(type)
        .append("\"/>\n");
  }

  private static void data(StringBuilder sb, String key, String value) {
    if (!value.isEmpty()) {
      sb.append("      <data key=\"")
          .append(key)
          .append("\">")
          .append(escape(value))
          .append("</data>\n");
    }
  }

  /** Escapes XML markup and drops the characters XML 1.0 cannot hold. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\n':
          sb.append("&#10;");
          break;
        default:
          if (c >= 0x20 || c == '\t' || c == '\r') {
            if (c != '\uFFFE' && c != '\uFFFF') {
              sb.append(c);
            }
          }
      }
    }
    return sb.toString();
  }
}
