package org.newsgraph.examples;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.eval.Dataset;
import org.newsgraph.eval.EventScope;
import org.newsgraph.eval.Finding;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldGraph;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.Scorer;
import org.newsgraph.internal.baseline.CoreNlpBaseline;
import org.newsgraph.io.JsonExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code evaluate} subcommand: scores NewsGraph, or a CoreNLP baseline, on gold data with the
 * referee's rules and prints precision, recall and F1 per type.
 *
 * <pre>
 * java -Xmx4g -jar examples/target/newsgraph.jar evaluate --dataset dwie ../shared/data/dwie/dev.json
 * java -Xmx4g -jar examples/target/newsgraph.jar evaluate --dataset crossner --system corenlp-ner \
 *     ../shared/data/crossner-politics/dev.txt
 * java -jar examples/target/newsgraph.jar evaluate --dataset dwie --predictions out.jsonl \
 *     ../shared/data/dwie/dev.json
 * java -jar examples/target/newsgraph.jar evaluate --dataset dwie --named-events-only \
 *     --predictions out.jsonl ../shared/data/dwie/dev.json
 * </pre>
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores an extractor on gold data (DWIE, CrossNER, Re-DocRED, a NewsGraph gold graph) and"
          + " prints precision, recall and F1 per entity and relation type, with the matching rules"
          + " of shared/tools/eval_datasets.py (score_graph.py for a gold graph)."
    },
    exitCodeOnInvalidInput = 2)
public final class EvaluateCommand implements Callable<Integer> {

  /** The extractors that can be evaluated. */
  enum SystemName {
    newsgraph,
    corenlp_ner,
    corenlp_kbp;

    static SystemName parse(String s) {
      return valueOf(s.replace('-', '_'));
    }
  }

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "NAME",
      description = "The gold format: dwie, crossner, redocred, or graph (NewsGraph's gold.json).")
  private String dataset;

  @Parameters(
      index = "0",
      paramLabel = "GOLD",
      description = "The gold file: dwie/dev.json (dev_concepts.json beside it),"
          + " crossner-politics/dev.txt, re-docred/dev_revised.json, or seed/gold.json.")
  private Path gold;

  @Option(
      names = "--system",
      paramLabel = "NAME",
      description = "The extractor to run: newsgraph (default), corenlp-ner or corenlp-kbp.")
  private String system = "newsgraph";

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "Score this --format jsonl output instead of running an extractor.")
  private Path predictions;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description = "Also write the extractor's documents as JSON Lines (for the referee).")
  private Path save;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N gold documents.")
  private int limit = -1;

  @Option(
      names = "--named-events-only",
      description = "Leave events mentioned by common nouns alone (\"the summit\", \"talks\"), and"
          + " their relations, out of the predictions: DWIE and CrossNER annotate named events only.")
  private boolean namedEventsOnly;

  @Option(names = "--errors", description = "Also print every miss and false positive.")
  private boolean errors;

  @Option(names = "--json", description = "Print the figures as JSON.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    try {
      return evaluate();
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      System.err.println("newsgraph evaluate: " + message(e));
      return 1;
    }
  }

  private int evaluate() throws IOException {
    Dataset ds;
    SystemName sys;
    try {
      ds = Dataset.named(dataset);
      sys = SystemName.parse(system);
    } catch (IllegalArgumentException e) {
      System.err.println("newsgraph evaluate: " + message(e));
      return 2;
    }
    ImmutableList<GoldDocument> all = ds.read(gold);
    List<GoldDocument> docs = limit >= 0 && limit < all.size() ? all.subList(0, limit) : all;
    Report report;
    if (ds == Dataset.GRAPH) {
      GoldGraph graph = GoldGraph.read(gold);
      report =
          predictions != null
              ? Scorer.scoreGraph(graph, predictions)
              : Scorer.scoreGraph(graph, run(sys, all).get(0));
    } else if (predictions != null) {
      report = Scorer.scoreJsonl(ds, docs, predictions, scope());
    } else {
      report = Scorer.score(ds, docs, run(sys, docs), scope());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (errors) {
      for (Finding f : report.findings()) {
        out.println(f);
      }
    }
    out.print(json ? report.toJson() + "\n" : report.toTable());
    return 0;
  }

  private EventScope scope() {
    return namedEventsOnly ? EventScope.NAMED : EventScope.ALL;
  }

  private List<Document> run(SystemName sys, List<GoldDocument> docs) throws IOException {
    long start = System.nanoTime();
    Extractor extractor = null;
    CoreNlpBaseline baseline = null;
    switch (sys) {
      case newsgraph:
        extractor = Extractor.builder().build();
        break;
      case corenlp_ner:
        baseline = CoreNlpBaseline.ner();
        break;
      case corenlp_kbp:
        baseline = CoreNlpBaseline.kbp();
        break;
      default:
        throw new AssertionError(sys);
    }
    long loaded = System.nanoTime();
    List<Document> out = new ArrayList<>();
    long tokens = 0;
    Writer w = save == null ? null : Files.newBufferedWriter(save, StandardCharsets.UTF_8);
    try {
      for (GoldDocument g : docs) {
        Document d =
            extractor != null ? extractor.extract(g.id(), g.text()) : baseline.extract(g.id(), g.text());
        out.add(d);
        tokens += g.text().split("\\s+").length;
        if (w != null) {
          JsonExporter.write(d, w);
          w.write('\n');
        }
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    double secs = (System.nanoTime() - loaded) / 1e9;
    System.err.printf(
        Locale.ROOT,
        "newsgraph evaluate: %s on %d documents: loaded in %.0f s, extracted in %.0f s (%.0f words/s)%n",
        system,
        docs.size(),
        (loaded - start) / 1e9,
        secs,
        tokens / Math.max(secs, 1e-9));
    return out;
  }

  private static String message(Exception e) {
    return String.valueOf(e.getMessage());
  }
}
