package org.newsgraph.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.eval.Dataset;
import org.newsgraph.eval.EventScope;
import org.newsgraph.eval.Finding;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldGraph;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.baseline.CoreNlpBaseline;
import org.newsgraph.io.JsonExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code evaluate} subcommand: scores NewsGraph, or a CoreNLP baseline, on gold data with the
 * referee's rules and prints precision, recall and F1 per type.
 *
 * <pre>
 * java -Xmx4g -jar cli/target/newsgraph.jar evaluate --dataset dwie ../shared/data/dwie/dev.json
 * java -Xmx4g -jar cli/target/newsgraph.jar evaluate --dataset crossner --system corenlp-ner \
 *     ../shared/data/crossner-politics/dev.txt
 * java -jar cli/target/newsgraph.jar evaluate --dataset dwie --predictions out.jsonl \
 *     ../shared/data/dwie/dev.json
 * java -Xmx4g -jar cli/target/newsgraph.jar evaluate --dataset news-graphs --by-rule \
 *     ../shared/news-graphs/dev
 *
 * java -jar cli/target/newsgraph.jar evaluate --dataset dwie --named-events-only \
 *     --predictions out.jsonl ../shared/data/dwie/dev.json
 * </pre>
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores an extractor on gold data (DWIE, CrossNER, Re-DocRED, a NewsGraph gold graph or a"
          + " folder of them) and prints precision, recall and F1 per entity and relation type,"
          + " with the matching rules of shared/tools/eval_datasets.py (score_graph.py and"
          + " news_graphs.py for gold graphs).",
      "With --by-rule, also prints per rule (the relations' foundBy) the relations whose evidence"
          + " names it, the true and false positives among them, their precision and mean"
          + " confidence."
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
      description =
          "The gold format: dwie, crossner, redocred, graph (NewsGraph's gold.json) or news-graphs"
              + " (a folder of gold graphs such as shared/news-graphs/dev).")
  private String dataset;

  @Parameters(
      index = "0",
      paramLabel = "GOLD",
      description =
          "The gold file: dwie/dev.json (dev_concepts.json beside it),"
              + " crossner-politics/dev.txt, re-docred/dev_revised.json, seed/gold.json, or the folder"
              + " news-graphs/dev (its articles are read from the data folder above it).")
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

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Score only the first N gold documents.")
  private int limit = -1;

  @Option(
      names = "--named-events-only",
      description =
          "Leave events mentioned by common nouns alone (\"the summit\", \"talks\"), and"
              + " their relations, out of the predictions: DWIE and CrossNER annotate named events only.")
  private boolean namedEventsOnly;

  @Option(names = "--errors", description = "Also print every miss and false positive.")
  private boolean errors;

  @Option(names = "--json", description = "Print the figures as JSON (with the rules' figures).")
  private boolean json;

  @Option(
      names = "--by-rule",
      description = {
        "Also print, per rule that found relations (their evidence's foundBy), the relations"
            + " counted, true positives, false positives (and, on gold graphs, relations matching"
            + " an optional gold relation, counted neither way), precision tp/(tp+fp) and the mean"
            + " confidence of those relations; a relation found by several rules counts for each."
            + " Rules with most relations come first."
      })
  private boolean byRule;

  /** The tool this command belongs to, whose output streams it writes to; null when run alone. */
  @ParentCommand private @Nullable NewsGraphCli parent;

  @Override
  public Integer call() throws IOException {
    try {
      return evaluate();
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      err().println("newsgraph evaluate: " + message(e));
      return 1;
    }
  }

  private PrintStream out() {
    return new PrintStream(
        parent != null ? parent.stdout() : System.out, true, StandardCharsets.UTF_8);
  }

  private PrintStream err() {
    return parent != null ? parent.stderr() : System.err;
  }

  private int evaluate() throws IOException {
    Dataset ds;
    SystemName sys;
    try {
      ds = Dataset.named(dataset);
      sys = SystemName.parse(system);
    } catch (IllegalArgumentException e) {
      err().println("newsgraph evaluate: " + message(e));
      return 2;
    }
    if (byRule && ds.scoredRelationTypes().isEmpty()) {
      err()
          .println(
              "newsgraph evaluate: --by-rule measures relations, but "
                  + dataset
                  + " has none; use dwie, redocred, graph or news-graphs");
      return 2;
    }
    if (ds == Dataset.NEWS_GRAPHS) {
      List<GoldGraph> graphs = limited(GoldGraph.readFolder(gold));
      Report report;
      if (predictions != null) {
        report = Scorer.scoreGraphs(graphs, predictions);
      } else {
        List<GoldDocument> articles = new ArrayList<>();
        for (GoldGraph g : graphs) {
          articles.add(
              new GoldDocument(
                  g.documentId(),
                  g.text(),
                  ImmutableList.of(),
                  ImmutableMap.of(),
                  ImmutableSet.of(),
                  ImmutableList.of(),
                  ImmutableList.of()));
        }
        report = Scorer.scoreGraphs(graphs, run(sys, articles));
      }
      return print(report);
    }
    ImmutableList<GoldDocument> all = ds.read(gold);
    List<GoldDocument> docs = limited(all);
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
    return print(report);
  }

  private <T> List<T> limited(List<T> all) {
    return limit >= 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  private int print(Report report) {
    PrintStream out = out();
    if (errors) {
      for (Finding f : report.findings()) {
        out.println(f);
      }
    }
    if (json) {
      out.println(report.toJson());
      return 0;
    }
    out.print(report.toTable());
    if (byRule) {
      out.println();
      out.println(
          "by rule: a relation counts for each rule its evidence names (foundBy); P = tp / (tp + fp);"
              + " conf = the mean confidence of the rule's relations");
      out.print(report.toRuleTable());
    }
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
            extractor != null
                ? extractor.extract(g.id(), g.text())
                : requireNonNull(baseline).extract(g.id(), g.text());
        out.add(d);
        tokens += g.text().split("\\s+").length;
        if (w != null) {
          JsonExporter.write(d, w);
        }
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    double secs = (System.nanoTime() - loaded) / 1e9;
    err()
        .printf(
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
