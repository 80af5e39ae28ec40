package org.newsgraph.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The whole-article mode of the benchmark: times what a user times when running a batch, the
 * command-line tool on a JSON Lines file against CoreNLP's own pipeline on the same texts, each
 * started cold in a JVM of its own with the same flags, wall clock from process start to exit
 * (model loading and start-up included), one after the other.
 *
 * <p>NewsGraph runs as its command-line tool ({@code --format jsonl --quiet}, its output thrown
 * away), so the figure includes reading the input and writing the graph as a user's run does. A
 * CoreNLP baseline runs in a JVM of this benchmark's that reads the same file and annotates every
 * text with the configuration's annotators. "Ready" is the wall time of the same run on the first
 * document alone: JVM start to the first document done.
 */
final class WholeArticles {

  /** The hidden option that makes a forked JVM run one baseline over the corpus. */
  static final String CHILD_OPTION = "--whole-child";

  private final Path newsgraphJar;
  private final List<Path> corpus;
  private final List<String> flags;
  private final List<Integer> threads;
  private final Path logDir;
  private final PrintStream out;

  WholeArticles(
      Path newsgraphJar,
      List<Path> corpus,
      List<String> flags,
      List<Integer> threads,
      Path logDir,
      PrintStream out) {
    checkArgument(
        corpus.size() == 1, "the whole-article mode reads one --corpus file, got %s", corpus);
    this.newsgraphJar = newsgraphJar;
    this.corpus = corpus;
    this.flags = flags;
    this.threads = threads;
    this.logDir = logDir;
    this.out = out;
  }

  /** Times each configuration and prints a table; returns the number of failed runs. */
  int run(List<Configuration> configs, Path firstDocument)
      throws IOException, InterruptedException {
    for (Configuration c : configs) {
      checkArgument(
          c.isBaseline() || c == Configuration.BALANCED,
          "the whole-article mode runs the command-line tool, whose profile is BALANCED; choose"
              + " balanced, corenlp-ner or corenlp-kbp, not %s",
          c.id());
      checkArgument(
          c.isBaseline() || Files.isRegularFile(newsgraphJar),
          "the command-line jar %s does not exist; build it first (mvn -B -ntp -DskipTests"
              + " package) or pass --newsgraph-jar PATH",
          newsgraphJar);
    }
    Files.createDirectories(logDir);
    Map<String, double[]> rows = new LinkedHashMap<>();
    int failures = 0;
    for (Configuration c : configs) {
      List<Integer> counts = c.isBaseline() ? List.of(1) : threads;
      for (int t : counts) {
        String label = c.id() + "/" + t;
        Path log = logDir.resolve("newsgraph-whole-" + c.id() + "-" + t + ".log");
        double load = loadAverage();
        double all = time(command(c, corpus.get(0), t), log);
        double ready =
            time(command(c, firstDocument, t), log.resolveSibling(log.getFileName() + ".first"));
        if (Double.isNaN(all) || Double.isNaN(ready)) {
          out.printf(Locale.ROOT, "%-16s failed; see %s%n", label, log);
          failures++;
          continue;
        }
        rows.put(label, new double[] {t, all, ready, load, loadAverage()});
        out.printf(Locale.ROOT, "%-16s done: %.1f s, ready %.1f s%n", label, all, ready);
      }
    }
    printTable(rows);
    return failures;
  }

  private List<String> command(Configuration c, Path input, int threadCount) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(flags);
    if (c.isBaseline()) {
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(ThroughputCommand.class.getName());
      cmd.add(CHILD_OPTION + "=" + c.id());
      cmd.add("--corpus=" + input);
      cmd.add("--docs=" + Integer.MAX_VALUE);
      return cmd;
    }
    cmd.add("-jar");
    cmd.add(newsgraphJar.toString());
    cmd.add("--format=jsonl");
    cmd.add("--quiet");
    cmd.add("--threads=" + threadCount);
    cmd.add(input.toString());
    return cmd;
  }

  /** Wall seconds of one cold run, NaN if it failed. */
  private static double time(List<String> cmd, Path log) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    int status = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return status == 0 ? seconds : Double.NaN;
  }

  private void printTable(Map<String, double[]> rows) {
    double[] ner = rows.get(Configuration.CORENLP_NER.id() + "/1");
    double[] kbp = rows.get(Configuration.CORENLP_KBP.id() + "/1");
    out.println();
    out.printf(
        Locale.ROOT,
        "%-16s %7s %9s %8s %8s %8s %8s %11s%n",
        "config",
        "threads",
        "wall s",
        "ready s",
        "x ner",
        "x kbp",
        "x 1 thr",
        "load avg");
    for (Map.Entry<String, double[]> e : rows.entrySet()) {
      double[] r = e.getValue();
      String config = e.getKey().substring(0, e.getKey().indexOf('/'));
      double[] one = rows.get(config + "/1");
      out.printf(
          Locale.ROOT,
          "%-16s %7d %9.1f %8.1f %8.2f %8.2f %8.2f %5.2f-%-5.2f%n",
          config,
          (int) r[0],
          r[1],
          r[2],
          ner == null ? Double.NaN : ner[1] / r[1],
          kbp == null ? Double.NaN : kbp[1] / r[1],
          one == null ? Double.NaN : one[1] / r[1],
          r[3],
          r[4]);
    }
    out.println(
        "wall = JVM start to exit over the whole corpus, start-up and model loading included;"
            + " ready = the same run on the first document alone; x ner / x kbp = the 1-thread"
            + " corenlp-ner / corenlp-kbp wall time over this one (higher is faster)");
  }

  /** In a forked JVM: annotates every text of the corpus with a CoreNLP baseline. */
  static void runBaseline(Configuration c, List<Corpus.Text> texts) {
    checkArgument(c.isBaseline(), "%s is not a CoreNLP baseline", c.id());
    Properties props = new Properties();
    props.setProperty("annotators", c.annotators());
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    for (Corpus.Text t : texts) {
      pipeline.annotate(new Annotation(t.text()));
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
