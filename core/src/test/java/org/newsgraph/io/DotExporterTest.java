package org.newsgraph.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.CorpusGraph;

class DotExporterTest {

  private static final Path DOT = Path.of("/usr/bin/dot");

  private static long count(String dot, String regex) {
    return dot.lines().filter(l -> l.matches(regex)).count();
  }

  @Test
  void toDot_document_oneNodeLinePerEntityAndOneEdgeLinePerRelation() {
    String dot = DotExporter.toDot(ExportFixtures.summit("doc-1"));

    assertThat(dot).startsWith("digraph \"doc-1\" {\n").endsWith("}\n");
    assertThat(count(dot, "  \"e\\d+\" \\[label=.*\\];")).isEqualTo(5);
    assertThat(count(dot, "  \"e\\d+\" -> \"e\\d+\" \\[label=.*\\];")).isEqualTo(3);
    assertThat(dot).contains("\"e1\" -> \"e2\" [label=\"LEADER_OF\", type=\"LEADER_OF\"");
    assertThat(dot).contains("\"e2\" [label=\"Kazakhstan\", type=\"COUNTRY\"");
  }

  @Test
  void toDot_quotesAndBackslashes_areEscaped() {
    assertThat(DotExporter.quote("say \"hi\" \\ bye\nnow"))
        .isEqualTo("\"say \\\"hi\\\" \\\\ bye\\nnow\"");
  }

  @Test
  void toDot_corpus_edgesJoinCanonicalKeys() {
    CorpusGraph corpus =
        CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")));

    String dot = DotExporter.toDot(corpus);

    assertThat(count(dot, "  \".*\" -> \".*\" \\[label=.*\\];"))
        .isEqualTo(corpus.relations().size());
    assertThat(dot).contains("\"person:kassym jomart tokayev\" -> \"country:KZ\"");
  }

  @Test
  void toDot_document_graphvizRendersIt(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(DOT), "Graphviz is not installed at " + DOT);
    Path in = dir.resolve("g.dot");
    Files.writeString(
        in,
        DotExporter.toDot(
            CorpusGraph.merge(List.of(ExportFixtures.summit("a"), ExportFixtures.visit("b")))),
        UTF_8);
    Path out = dir.resolve("g.svg");

    Process p =
        new ProcessBuilder(DOT.toString(), "-Tsvg", in.toString(), "-o", out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(log).isZero();
    assertThat(Files.readString(out)).contains("<svg").contains("LEADER_OF");
  }
}
