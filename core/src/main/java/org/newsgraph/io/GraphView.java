package org.newsgraph.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.graph.CorpusEntity;
import org.newsgraph.graph.CorpusEvidence;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.graph.CorpusRelation;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * The flat node and edge attributes that the graph exporters write, built from a document or a
 * merged batch, so that GraphML and DOT describe both in the same terms.
 */
final class GraphView {

  /** A node; {@code code} and {@code value} are empty when the entity has none. */
  record Node(
      String id,
      String type,
      String name,
      String code,
      String value,
      int mentions,
      String documents) {}

  /** An edge; {@code evidence} holds every evidence text, {@code documents} their documents. */
  record Edge(
      String id,
      String source,
      String target,
      String type,
      double confidence,
      String modality,
      String attributes,
      ImmutableList<String> evidence,
      String documents) {}

  final String id;
  final ImmutableList<Node> nodes;
  final ImmutableList<Edge> edges;

  private GraphView(String id, ImmutableList<Node> nodes, ImmutableList<Edge> edges) {
    this.id = id;
    this.nodes = nodes;
    this.edges = edges;
  }

  static GraphView of(Document doc) {
    List<Node> nodes = new ArrayList<>();
    for (Entity e : doc.entities()) {
      nodes.add(
          new Node(
              e.id(),
              e.type().name(),
              e.name(),
              e.code().orElse(""),
              e.value().orElse(""),
              e.mentions().size(),
              doc.id()));
    }
    List<Edge> edges = new ArrayList<>();
    int i = 0;
    for (Relation r : doc.relations()) {
      edges.add(
          new Edge(
              "r" + ++i,
              r.subject().id(),
              r.object().id(),
              r.type().name(),
              r.confidence(),
              r.modality().name(),
              attributes(r.attributes()),
              r.evidence().stream().map(Evidence::text).collect(ImmutableList.toImmutableList()),
              doc.id()));
    }
    return new GraphView(doc.id(), ImmutableList.copyOf(nodes), ImmutableList.copyOf(edges));
  }

  static GraphView of(CorpusGraph corpus) {
    List<Node> nodes = new ArrayList<>();
    for (CorpusEntity e : corpus.entities()) {
      nodes.add(
          new Node(
              e.key(),
              e.type().name(),
              e.name(),
              e.code().orElse(""),
              "",
              e.mentions(),
              String.join(" ", e.documents())));
    }
    List<Edge> edges = new ArrayList<>();
    int i = 0;
    for (CorpusRelation r : corpus.relations()) {
      edges.add(
          new Edge(
              "r" + ++i,
              r.subject().key(),
              r.object().key(),
              r.type().name(),
              r.confidence(),
              r.evidence().stream()
                  .map(ev -> ev.modality().name())
                  .distinct()
                  .collect(Collectors.joining(" ")),
              "",
              r.evidence().stream()
                  .map(CorpusEvidence::evidence)
                  .map(Evidence::text)
                  .collect(ImmutableList.toImmutableList()),
              String.join(" ", r.documents())));
    }
    return new GraphView("corpus", ImmutableList.copyOf(nodes), ImmutableList.copyOf(edges));
  }

  private static String attributes(Map<String, String> attributes) {
    return attributes.entrySet().stream()
        .map(a -> a.getKey() + "=" + a.getValue())
        .collect(Collectors.joining(";"));
  }

  /** Returns the confidence as written in every format: three decimals, locale-independent. */
  static String confidence(double c) {
    return String.format(Locale.ROOT, "%.3f", c);
  }
}
