package org.newsgraph.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import org.newsgraph.Document;
import org.newsgraph.graph.CorpusGraph;

/**
 * Writes a document's relation graph, or a merged batch, in Graphviz DOT.
 *
 * <p>One {@code digraph}; each entity is a node filled with its type's colour and labelled with its
 * name, each relation an edge labelled with its type. Nodes and edges also carry NewsGraph's
 * attributes ({@code type}, {@code confidence}, {@code evidence}, ...), which Graphviz passes
 * through. Render with {@code dot -Tsvg graph.dot -o graph.svg}. Output is deterministic. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * Files.writeString(Path.of("graph.dot"), DotExporter.toDot(doc));
 * }</pre>
 */
public final class DotExporter {

  /** The fill colour of each built-in entity type; other types are white. */
  private static final ImmutableMap<String, String> COLOURS =
      ImmutableMap.<String, String>builder()
          .put("PERSON", "#aa9cfc")
          .put("COUNTRY", "#feca74")
          .put("CITY", "#ffeb80")
          .put("LOCATION", "#ff9561")
          .put("ORGANIZATION", "#7aecec")
          .put("EVENT", "#bfe1d9")
          .put("DATE", "#bfeeb7")
          .buildOrThrow();

  private DotExporter() {}

  /** Returns the document's relation graph as a DOT file. */
  public static String toDot(Document doc) {
    requireNonNull(doc, "doc");
    return write(GraphView.of(doc));
  }

  /** Returns the merged graph of a batch as a DOT file. */
  public static String toDot(CorpusGraph corpus) {
    requireNonNull(corpus, "corpus");
    return write(GraphView.of(corpus));
  }

  private static String write(GraphView g) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("digraph ")
        .append(quote(g.id))
        .append(" {\n")
        .append("  graph [rankdir=LR, fontname=\"Helvetica\"];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (GraphView.Node n : g.nodes) {
      sb.append("  ")
          .append(quote(n.id()))
          .append(" [label=")
          .append(quote(n.name()))
          .append(", type=")
          .append(quote(n.type()))
          .append(", fillcolor=")
          .append(quote(COLOURS.getOrDefault(n.type(), "#ffffff")));
      if (!n.code().isEmpty()) {
        sb.append(", code=").append(quote(n.code()));
      }
      if (!n.value().isEmpty()) {
        sb.append(", value=").append(quote(n.value()));
      }
      sb.append(", mentions=").append(n.mentions()).append("];\n");
    }
    for (GraphView.Edge e : g.edges) {
      sb.append("  ")
          .append(quote(e.source()))
          .append(" -> ")
          .append(quote(e.target()))
          .append(" [label=")
          .append(quote(e.type()))
          .append(", type=")
          .append(quote(e.type()))
          .append(", confidence=")
          .append(GraphView.confidence(e.confidence()))
          .append(", modality=")
          .append(quote(e.modality()))
          .append(", evidence=")
          .append(quote(String.join(" | ", e.evidence())))
          .append(", documents=")
          .append(quote(e.documents()))
          .append("];\n");
    }
    return sb.append("}\n").toString();
  }

  /** Returns a DOT double-quoted string. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        continue;
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
