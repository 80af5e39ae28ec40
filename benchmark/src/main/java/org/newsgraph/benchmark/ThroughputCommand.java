package org.newsgraph.benchmark;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.io.JsonExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The throughput benchmark: runs NewsGraph's profiles and CoreNLP's two pipelines over the same
 * documents, each configuration in a JVM of its own started with the same flags one after the
 * other, and prints tokens per second, time to ready, peak heap and the ratios against both CoreNLP
 * pipelines.
 *
 * <pre>
 * java -jar benchmark/target/newsgraph-benchmark-0.1.0-SNAPSHOT.jar \
 *     --corpus /tmp/dwie.jsonl --docs 100 --threads 1,2 --jvm-arg=-Xmx3g
 * </pre>
 */
@Command(
    name = "throughput",
    mixinStandardHelpOptions = true,
    // one element: picocli lists a subcommand under 'Commands:' by its first line only
    description = {
      "Measures tokens/s, time to ready and peak heap of NewsGraph's profiles and of CoreNLP's"
          + " own pipelines on the same documents, one JVM per configuration, one after the other."
    })
public final class ThroughputCommand implements Callable<Integer> {

  private static final String RESULT = "RESULT ";

  private static final List<String> DEFAULT_CONFIGS =
      List.of("fast", "balanced", "accurate", "corenlp-ner", "corenlp-kbp");

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      required = true,
      description = "A .jsonl file of {\"id\",\"text\"} records; repeat to read several in order.")
  private List<Path> corpus = new ArrayList<>();

  @Option(names = "--docs", description = "Documents to read (default: ${DEFAULT-VALUE}).")
  private int docs = 100;

  @Option(
      names = "--max-chars",
      description =
          "Cut each text at a sentence end before this many characters; 0 keeps it whole"
              + " (default: ${DEFAULT-VALUE}).")
  private int maxChars = 0;

  @Option(
      names = "--configs",
      split = ",",
      description =
          "Configurations, in order (default: fast,balanced,accurate,corenlp-ner,corenlp-kbp;"
              + " with --whole-articles: balanced,corenlp-ner).")
  private List<String> configs = new ArrayList<>(DEFAULT_CONFIGS);

  @Option(
      names = "--threads",
      split = ",",
      description =
          "Thread counts, each a timed pass over the corpus on one shared engine"
              + " (default: 1).")
  private List<Integer> threads = new ArrayList<>(List.of(1));

  @Option(
      names = "--warmup",
      description =
          "Documents processed untimed after the first one, before the timed passes"
              + " (default: ${DEFAULT-VALUE}).")
  private int warmup = 5;

  @Option(
      names = "--jvm-arg",
      paramLabel = "ARG",
      description = "A flag for every forked JVM, e.g. --jvm-arg=-Xmx3g (default: -Xmx3g).")
  private List<String> jvmArgs = new ArrayList<>();

  @Option(
      names = "--emit",
      paramLabel = "DIR",
      description =
          "Write each NewsGraph profile's documents to DIR/<profile>.jsonl (for scoring).")
  private @Nullable Path emit;

  @Option(
      names = "--log",
      paramLabel = "DIR",
      description = "Where the forked JVMs' stderr goes" + " (default: the system temp folder).")
  private @Nullable Path log;

  @Option(names = "--child", hidden = true, description = "Run one configuration in this JVM.")
  private @Nullable String child;

  @Option(
      names = "--whole-articles",
      description = {
        "Time what a user times instead: the command-line tool on the whole corpus file against",
        "each CoreNLP baseline on the same texts, every run started cold, wall clock from JVM",
        "start to exit (configs: balanced, corenlp-ner, corenlp-kbp; --max-chars, --docs and",
        "--warmup do not apply)."
      })
  private boolean wholeArticles;

  @Option(
      names = "--newsgraph-jar",
      paramLabel = "JAR",
      description =
          "The command-line tool the whole-article mode runs (default: ${DEFAULT-VALUE}).")
  private Path newsgraphJar = Path.of("examples", "target", "newsgraph.jar");

  @Option(
      names = WholeArticles.CHILD_OPTION,
      hidden = true,
      description = "Run one baseline over" + " the whole corpus in this JVM.")
  private @Nullable String wholeChild;

  private final PrintStream out;

  /** A command that prints to standard output. */
  public ThroughputCommand() {
    this(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** A command that prints its report to {@code out}. */
  public ThroughputCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws Exception {
    if (wholeChild != null) {
      WholeArticles.runBaseline(Configuration.of(wholeChild), Corpus.read(corpus, docs, 0));
      return 0;
    }
    if (wholeArticles) {
      return runWhole();
    }
    ImmutableList<Corpus.Text> texts = Corpus.read(corpus, docs, maxChars);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("the corpus " + corpus + " holds no document");
    }
    if (child != null) {
      runChild(Configuration.of(child), texts);
      return 0;
    }
    return runParent(texts);
  }

  private int runParent(ImmutableList<Corpus.Text> texts) throws IOException, InterruptedException {
    List<Configuration> chosen = new ArrayList<>();
    for (String c : configs) {
      chosen.add(Configuration.of(c));
    }
    List<String> flags = jvmArgs.isEmpty() ? List.of("-Xmx3g") : jvmArgs;
    long tokens = countTokens(texts);
    long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
    out.printf(
        Locale.ROOT,
        "newsgraph throughput: %d documents, %d characters, %d tokens (CoreNLP tokenizer)%n",
        texts.size(),
        chars,
        tokens);
    out.printf(
        Locale.ROOT,
        "machine: %d cores, java %s, forked JVM flags %s, load average at start %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        flags,
        loadAverage());
    Path logDir = log != null ? log : Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(logDir);
    Map<Configuration, Map<String, String>> results = new LinkedHashMap<>();
    int failures = 0;
    for (Configuration c : chosen) {
      double loadBefore = loadAverage();
      Path logFile = logDir.resolve("newsgraph-benchmark-" + c.id() + ".log");
      Map<String, String> r = fork(c, flags, logFile);
      if (r == null) {
        out.printf(Locale.ROOT, "%-12s failed; see %s%n", c.id(), logFile);
        failures++;
        continue;
      }
      r.put("loadBefore", String.format(Locale.ROOT, "%.2f", loadBefore));
      r.put("loadAfter", String.format(Locale.ROOT, "%.2f", loadAverage()));
      results.put(c, r);
      out.printf(Locale.ROOT, "%-12s done: %s%n", c.id(), r);
    }
    printTable(results, tokens);
    return failures == 0 ? 0 : 1;
  }

  private int runWhole() throws IOException, InterruptedException {
    List<Configuration> chosen = new ArrayList<>();
    for (String c :
        configs.equals(DEFAULT_CONFIGS) ? List.of("balanced", "corenlp-ner") : configs) {
      chosen.add(Configuration.of(c));
    }
    List<String> flags = jvmArgs.isEmpty() ? List.of("-Xmx3g") : jvmArgs;
    ImmutableList<Corpus.Text> texts = Corpus.read(corpus, Integer.MAX_VALUE, 0);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("the corpus " + corpus + " holds no document");
    }
    Path logDir = log != null ? log : Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(logDir);
    Path first = logDir.resolve("newsgraph-whole-first.jsonl");
    try (BufferedReader in = Files.newBufferedReader(corpus.get(0), StandardCharsets.UTF_8)) {
      String line = in.readLine();
      while (line != null && line.isBlank()) {
        line = in.readLine();
      }
      Files.writeString(first, line + "\n", StandardCharsets.UTF_8);
    }
    out.printf(
        Locale.ROOT,
        "newsgraph whole articles: %d documents, %d characters; machine: %d cores, java %s, JVM"
            + " flags %s, load average at start %.2f%n",
        texts.size(),
        texts.stream().mapToLong(t -> t.text().length()).sum(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        flags,
        loadAverage());
    WholeArticles whole = new WholeArticles(newsgraphJar, corpus, flags, threads, logDir, out);
    return whole.run(chosen, first) == 0 ? 0 : 1;
  }

  private @Nullable Map<String, String> fork(Configuration c, List<String> flags, Path logFile)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(flags);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ThroughputCommand.class.getName());
    cmd.add("--child=" + c.id());
    for (Path p : corpus) {
      cmd.add("--corpus=" + p);
    }
    cmd.add("--docs=" + docs);
    cmd.add("--max-chars=" + maxChars);
    cmd.add("--warmup=" + warmup);
    for (int t : threads) {
      cmd.add("--threads=" + t);
    }
    if (emit != null) {
      cmd.add("--emit=" + emit);
    }
    Process p =
        new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.to(logFile.toFile())).start();
    Map<String, String> result = null;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(RESULT)) {
          result = parse(line.substring(RESULT.length()));
        }
      }
    }
    return p.waitFor() == 0 ? result : null;
  }

  private static Map<String, String> parse(String line) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : line.trim().split(" ")) {
      int eq = kv.indexOf('=');
      m.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return m;
  }

  private void printTable(Map<Configuration, Map<String, String>> results, long tokens) {
    Map<String, String> ner = results.get(Configuration.CORENLP_NER);
    Map<String, String> kbp = results.get(Configuration.CORENLP_KBP);
    double nerRate = ner == null ? Double.NaN : rate(ner, threads.get(0), tokens);
    double kbpRate = kbp == null ? Double.NaN : rate(kbp, threads.get(0), tokens);
    out.println();
    out.printf(
        Locale.ROOT,
        "%-12s %7s %9s %9s %8s %8s %9s %9s %8s %8s %7s %11s%n",
        "config",
        "threads",
        "tokens/s",
        "tok/cpu-s",
        "ready s",
        "build s",
        "peak MB",
        "live MB",
        "x ner",
        "x kbp",
        "x 1 thr",
        "load avg");
    for (Map.Entry<Configuration, Map<String, String>> e : results.entrySet()) {
      Map<String, String> r = e.getValue();
      double one = rate(r, threads.get(0), tokens);
      for (int t : threads) {
        if (!r.containsKey("pass" + t + "Ms")) {
          continue;
        }
        double rt = rate(r, t, tokens);
        out.printf(
            Locale.ROOT,
            "%-12s %7d %9.1f %9.1f %8.1f %8.1f %9d %9d %8.2f %8.2f %7.2f %5s-%-5s%n",
            e.getKey().id(),
            t,
            rt,
            r.containsKey("pass" + t + "CpuMs")
                ? tokens / (Long.parseLong(r.get("pass" + t + "CpuMs")) / 1000.0)
                : Double.NaN,
            Long.parseLong(r.get("readyMs")) / 1000.0,
            Long.parseLong(r.get("buildMs")) / 1000.0,
            Long.parseLong(r.get("peakUsedMb")),
            Long.parseLong(r.get("peakLiveMb")),
            rt / nerRate,
            rt / kbpRate,
            rt / one,
            r.get("loadBefore"),
            r.get("loadAfter"));
      }
    }
    out.println(
        "a warm-up of "
            + warmup
            + " documents precedes the timed passes; ready = JVM start to first document returned; peak = most heap in use; live = most heap"
            + " in use after a GC; tok/cpu-s = tokens over the CPU time of the worker threads (less"
            + " sensitive to other load on the machine); x ner / x kbp = tokens/s over the 1-thread corenlp-ner /"
            + " corenlp-kbp figure; failures per config are in the done lines");
  }

  private static double rate(Map<String, String> r, int threads, long tokens) {
    String ms = r.get("pass" + threads + "Ms");
    return ms == null ? Double.NaN : tokens * 1000.0 / Math.max(1, Long.parseLong(ms));
  }

  private static long countTokens(List<Corpus.Text> texts) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    props.setProperty("tokenize.language", "en");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
    long n = 0;
    for (Corpus.Text t : texts) {
      Annotation a = new Annotation(t.text());
      tokenizer.annotate(a);
      n += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private void runChild(Configuration c, List<Corpus.Text> texts) throws Exception {
    HeapWatch heap = HeapWatch.start();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.currentTimeMillis();
    Configuration.Engine engine = c.build();
    long built = System.currentTimeMillis();
    engine.process(texts.get(0).id(), texts.get(0).text());
    long ready = System.currentTimeMillis();
    Map<String, String> r = new LinkedHashMap<>();
    r.put("config", c.id());
    r.put("buildMs", Long.toString(built - t0));
    r.put("readyMs", Long.toString(ready - jvmStart));
    for (int k = 1; k <= warmup && k < texts.size(); k++) {
      engine.process(texts.get(k).id(), texts.get(k).text());
    }
    List<@Nullable Document> kept = new ArrayList<>();
    int failures = 0;
    // the baselines are only the yardstick of the first (single-thread) pass
    int passes = c.isBaseline() ? 1 : threads.size();
    for (int i = 0; i < passes; i++) {
      int t = threads.get(i);
      List<@Nullable Document> docsOut = new ArrayList<>();
      for (int k = 0; k < texts.size(); k++) {
        docsOut.add(null);
      }
      long start = System.nanoTime();
      AtomicLong cpuNs = new AtomicLong();
      failures += pass(engine, texts, t, docsOut, cpuNs);
      r.put("pass" + t + "Ms", Long.toString((System.nanoTime() - start) / 1_000_000));
      r.put("pass" + t + "CpuMs", Long.toString(cpuNs.get() / 1_000_000));
      if (i == 0) {
        kept = docsOut;
      }
    }
    r.put("failures", Integer.toString(failures));
    r.put("peakUsedMb", Long.toString(heap.peakUsed() >> 20));
    r.put("peakLiveMb", Long.toString(heap.peakLive() >> 20));
    r.put("maxHeapMb", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
    if (emit != null && !c.isBaseline()) {
      Files.createDirectories(emit);
      try (PrintWriter w =
          new PrintWriter(
              Files.newBufferedWriter(emit.resolve(c.id() + ".jsonl"), StandardCharsets.UTF_8))) {
        for (Document d : kept) {
          if (d != null) {
            w.println(JsonExporter.toJson(d));
          }
        }
      }
    }
    StringBuilder line = new StringBuilder(RESULT);
    r.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
    out.println(line.toString().trim());
  }

  /**
   * One timed pass over the corpus on {@code threads} threads sharing the engine; returns failures.
   */
  private static int pass(
      Configuration.Engine engine,
      List<Corpus.Text> texts,
      int threads,
      List<@Nullable Document> out,
      AtomicLong cpuNs)
      throws InterruptedException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread w =
          new Thread(
              () -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                int k;
                while ((k = next.getAndIncrement()) < texts.size()) {
                  Corpus.Text t = texts.get(k);
                  try {
                    Document d = engine.process(t.id(), t.text());
                    synchronized (out) {
                      out.set(k, d);
                    }
                  } catch (RuntimeException e) {
                    // a document over a limit is counted, as the CLI would report it, and the run
                    // goes on
                    failures.incrementAndGet();
                    System.err.println("document " + t.id() + " failed: " + e);
                  }
                }
                cpuNs.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
              },
              "benchmark-" + i);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return failures.get();
  }

  /** Runs the benchmark and exits with its status (1 if a configuration failed). */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new ThroughputCommand());
    cli.setErr(new PrintWriter(System.err, true));
    System.exit(cli.execute(args));
  }
}
