package org.newsgraph.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.Profile;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.io.DotExporter;
import org.newsgraph.io.GraphMlExporter;
import org.newsgraph.io.JsonExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line tool: extracts entities and relations from articles and writes them as text,
 * JSON, JSON Lines, GraphML, DOT or an HTML report.
 *
 * <pre>
 * java -jar cli/target/newsgraph.jar                       # the bundled example article
 * java -jar cli/target/newsgraph.jar --format json a.txt   # one document as JSON
 * java -jar cli/target/newsgraph.jar --format jsonl --threads 2 in.jsonl &gt; out.jsonl
 * java -jar cli/target/newsgraph.jar --format jsonl --output out.jsonl --resume in.jsonl
 * java -jar cli/target/newsgraph.jar --format html --output report/ articles/
 * </pre>
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1.0-SNAPSHOT",
    // subcommands (e.g. evaluate) are added here by their own classes
    subcommands = {
      EvaluateCommand.class,
      ExplainCommand.class,
      org.newsgraph.benchmark.ThroughputCommand.class
    },
    sortOptions = false,
    description = {
      "Extracts people, countries, events and their relations from English news articles.",
      "With no input, extracts the bundled example article. 'newsgraph explain \"TEXT\"' shows"
          + " the tokens, tags, mentions, dependencies and rules behind a sentence's relations;"
          + " 'newsgraph evaluate --by-rule' measures each rule on gold data."
    },
    exitCodeOnInvalidInput = 2,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was extracted",
      "1:some input could not be read or extracted, or the heap is too small (see -Xmx)",
      "2:wrong options"
    })
public final class NewsGraphCli implements Callable<Integer> {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Output formats. */
  enum Format {
    text("txt"),
    json("json"),
    jsonl("json"),
    graphml("graphml"),
    dot("dot"),
    html("html");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description =
          "Text files, directories (*.txt, recursively), .jsonl files of {\"id\",\"text\"}"
              + " records (with an optional \"date\": \"2024-03-01\", the day relative dates are"
              + " read against), or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = {
        "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        "graphml and dot draw one document's graph, or a batch merged into one graph;"
            + " html writes a visual report per document."
      })
  private Format format = Format.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = {
        "Write to this file instead of standard output. If PATH is a directory (or ends with"
            + " /), write one file per document there, plus corpus.graphml/corpus.dot for a"
            + " merged batch or index.html for html."
      })
  private @Nullable String output;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description =
          "Extract N documents at a time on one shared extractor (default: ${DEFAULT-VALUE});"
              + " output keeps the input order.")
  private int threads = 1;

  @Option(
      names = "--resume",
      description = {
        "With --format jsonl --output FILE: keep the records already in FILE, skip their"
            + " documents and append the others in input order. A last line cut off by a killed"
            + " run is dropped and its document done again. A missing FILE is started."
      })
  private boolean resume;

  @Option(
      names = "--max-characters",
      paramLabel = "N",
      description =
          "Refuse documents longer than N characters (default: ${DEFAULT-VALUE}); each is"
              + " reported as a failure and the batch goes on.")
  private int maxCharacters = Extractor.DEFAULT_MAX_CHARACTERS;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = {
        "Speed and heap against quality: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."
            + " FAST loads one NER model and a small gazetteer: about half the heap, but a city"
            + " the small gazetteer lacks is typed LOCATION, not CITY (see docs/performance.md)."
      })
  private Profile profile = Profile.BALANCED;

  @Option(
      names = {"-q", "--quiet"},
      description = "Show no progress bar (it is shown only when standard error is a terminal).")
  private boolean quiet;

  @Mixin private RuleOptions ruleOptions = new RuleOptions();

  @Spec private @Nullable CommandSpec spec;

  /** Supplies the extractor; null when the tool builds its own from the options. */
  private final @Nullable Supplier<Extractor> extractors;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  /** Creates the tool with a new default extractor and the process's standard streams. */
  public NewsGraphCli() {
    this(null, System.in, System.out, System.err);
  }

  NewsGraphCli(
      @Nullable Supplier<Extractor> extractors,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr) {
    this.extractors = extractors;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The standard output this tool writes to (its subcommands too). */
  PrintStream stdout() {
    return stdout;
  }

  /** The standard error this tool writes to (its subcommands too). */
  PrintStream stderr() {
    return stderr;
  }

  /** The outcome of one document: the document, or why it failed. */
  private record Outcome(String id, @Nullable Document doc, @Nullable String error) {}

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw usage("--threads must be at least 1, but was " + threads);
    }
    if (maxCharacters < 1) {
      throw usage("--max-characters must be at least 1, but was " + maxCharacters);
    }
    if (resume && (format != Format.jsonl || output == null)) {
      throw usage(
          "--resume needs --format jsonl and --output FILE, to know what is already written;"
              + " but the format is "
              + format
              + " and the output "
              + (output == null ? "standard output" : output));
    }
    if (extractors == null) {
      // the tool loads the models itself: fail now, not after minutes of garbage collection
      Optional<String> heap = HeapCheck.of(profile).problem(Runtime.getRuntime().maxMemory());
      if (heap.isPresent()) {
        stderr.println(heap.get());
        return 1;
      }
    }
    List<InputDocument> docs = new ArrayList<>();
    if (inputs.isEmpty()) {
      docs.add(InputDocument.of("article.txt", bundledArticle()));
    }
    for (String in : inputs) {
      docs.addAll(Inputs.read(in, stdin));
    }
    docs = uniqueIds(docs);
    Path dir = outputDirectory(docs.size());
    if (format == Format.html && docs.size() > 1 && dir == null) {
      throw usage(
          "--format html writes one page per document; give --output DIR for these "
              + docs.size()
              + " documents");
    }
    int failures = 0;
    if (resume) {
      if (dir != null) {
        throw usage("--resume needs --output to be a file, but " + output + " is a directory");
      }
      Path file = Path.of(output);
      ResumeFile done;
      try {
        done = ResumeFile.read(file);
      } catch (ResumeFile.NotResumableException e) {
        stderr.println("newsgraph: " + e.getMessage());
        return 1;
      }
      done.repair(file);
      List<InputDocument> todo = docs.stream().filter(d -> !done.ids().contains(d.id())).toList();
      // failures written by the earlier run still count: the exit status describes the file
      failures += (int) docs.stream().filter(d -> done.failedIds().contains(d.id())).count();
      stderr.printf(
          Locale.ROOT,
          "newsgraph: resuming %s: %d of %d documents already written (%d failed)%s, %d to do%n",
          output,
          docs.size() - todo.size(),
          docs.size(),
          failures,
          done.cutOffBytes() > 0 ? ", a cut-off last line dropped" : "",
          todo.size());
      docs = todo;
    }
    Sink sink = dir != null ? new DirectorySink(dir) : new StreamSink(docs.size());
    // nothing to extract (e.g. a finished resumed batch): do not load the models
    @Nullable Extractor extractor = docs.isEmpty() ? null : extractor();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "newsgraph-extract");
              t.setDaemon(true);
              return t;
            });
    try (Progress progress = Progress.start(docs.size(), quiet)) {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      for (InputDocument in : docs) {
        window.add(pool.submit(() -> extract(requireNonNull(extractor), in)));
        // a bounded window keeps every thread busy without holding the whole batch in memory
        if (window.size() >= threads * 2) {
          failures += emit(window.removeFirst(), sink, progress);
        }
      }
      while (!window.isEmpty()) {
        failures += emit(window.removeFirst(), sink, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    sink.finish();
    return failures == 0 ? 0 : 1;
  }

  /**
   * The extractor a subcommand with these rule options uses: the supplied one, unless rule files
   * ask for one of the tool's own making; null (after saying why) when the heap is too small to
   * load the models.
   */
  @Nullable Extractor extractorFor(RuleOptions options, @Nullable CommandSpec commandSpec) {
    if (extractors != null && options.isEmpty() && profile == Profile.BALANCED) {
      return extractors.get();
    }
    Optional<String> heap = HeapCheck.of(profile).problem(Runtime.getRuntime().maxMemory());
    if (heap.isPresent()) {
      stderr.println(heap.get());
      return null;
    }
    return options.extractor(commandSpec, maxCharacters, profile);
  }

  /**
   * The supplied extractor, unless rule files or a profile other than the default ask for one of
   * the tool's own making.
   */
  private Extractor extractor() {
    return extractors != null && ruleOptions.isEmpty() && profile == Profile.BALANCED
        ? extractors.get()
        : ruleOptions.extractor(spec, maxCharacters, profile);
  }

  private Outcome extract(Extractor extractor, InputDocument in) {
    String text = in.text();
    if (text == null) {
      return new Outcome(in.id(), null, String.valueOf(in.error()));
    }
    if (text.length() > maxCharacters) {
      return new Outcome(
          in.id(),
          null,
          "text has "
              + text.length()
              + " characters, more than the limit of "
              + maxCharacters
              + "; split it, or raise the limit with --max-characters");
    }
    try {
      LocalDate date = in.date();
      return new Outcome(
          in.id(),
          date == null ? extractor.extract(in.id(), text) : extractor.extract(in.id(), text, date),
          null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(in.id(), null, String.valueOf(e.getMessage()));
    }
  }

  private int emit(Future<Outcome> future, Sink sink, Progress progress) throws IOException {
    Outcome o;
    try {
      o = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
    }
    progress.step();
    Document doc = o.doc();
    if (doc == null) {
      stderr.println("newsgraph: " + o.id() + ": " + o.error());
    } else if (doc.skipReason().isPresent()) {
      // an empty document that was skipped must not pass for English with nothing in it
      stderr.println(
          "newsgraph: warning: " + o.id() + ": skipped, " + doc.skipReason().get().description());
    }
    sink.accept(o);
    return o.doc() == null ? 1 : 0;
  }

  private @Nullable Path outputDirectory(int documents) throws IOException {
    if (output == null) {
      return null;
    }
    Path p = Path.of(output);
    boolean dir =
        Files.isDirectory(p)
            || output.endsWith("/")
            || output.endsWith(java.io.File.separator)
            || (format == Format.html && documents > 1);
    if (!dir) {
      return null;
    }
    Files.createDirectories(p);
    return p;
  }

  private ParameterException usage(String message) {
    return new ParameterException(
        spec != null ? spec.commandLine() : new CommandLine(this), message);
  }

  /** Appends "~2", "~3", ... to repeated ids, so every document of a batch has its own. */
  private static List<InputDocument> uniqueIds(List<InputDocument> docs) {
    Set<String> seen = new HashSet<>();
    List<InputDocument> out = new ArrayList<>(docs.size());
    for (InputDocument d : docs) {
      String id = d.id();
      for (int n = 2; !seen.add(id); n++) {
        id = d.id() + "~" + n;
      }
      out.add(id.equals(d.id()) ? d : d.withId(id));
    }
    return out;
  }

  private static String errorRecord(String id, String error) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("error", error);
    return JSON.writeValueAsString(m);
  }

  /** Where outcomes go, in input order. */
  private interface Sink {
    void accept(Outcome o) throws IOException;

    void finish() throws IOException;
  }

  /** Writes everything to standard output or to one file. */
  private final class StreamSink implements Sink {
    private final int total;
    private final PrintStream out;
    private final List<Document> kept = new ArrayList<>();

    StreamSink(int total) throws IOException {
      this.total = total;
      this.out =
          output == null
              ? new PrintStream(stdout, false, StandardCharsets.UTF_8)
              : new PrintStream(
                  resume
                      ? Files.newOutputStream(
                          Path.of(output), StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                      : Files.newOutputStream(Path.of(output)),
                  false,
                  StandardCharsets.UTF_8);
    }

    @Override
    public void accept(Outcome o) {
      Document d = o.doc();
      switch (format) {
        case text:
          if (d != null) {
            out.println(TextReport.render(d));
          }
          break;
        case jsonl:
          // the record and its newline go out together and are flushed at once, so a killed run
          // leaves whole lines and at most one cut-off last line, which --resume drops
          out.print(
              (d != null ? JsonExporter.toJson(d) : errorRecord(o.id(), String.valueOf(o.error())))
                  + "\n");
          break;
        case html:
          if (d != null) {
            out.print(HtmlReport.render(d));
          }
          break;
        default:
          if (d != null) {
            kept.add(d);
          }
      }
      out.flush();
    }

    @Override
    public void finish() {
      switch (format) {
        case json:
          out.println(
              kept.size() == 1 && total == 1
                  ? JsonExporter.toJson(kept.get(0))
                  : JsonExporter.toJsonArray(kept));
          break;
        case graphml:
          out.print(
              kept.size() == 1 && total == 1
                  ? GraphMlExporter.toGraphMl(kept.get(0))
                  : GraphMlExporter.toGraphMl(CorpusGraph.merge(kept)));
          break;
        case dot:
          out.print(
              kept.size() == 1 && total == 1
                  ? DotExporter.toDot(kept.get(0))
                  : DotExporter.toDot(CorpusGraph.merge(kept)));
          break;
        default:
          break;
      }
      out.flush();
      if (output != null) {
        out.close();
      }
    }
  }

  /** Writes one file per document into a directory, plus the merged graph or an index page. */
  private final class DirectorySink implements Sink {
    private final Path dir;
    private final Map<String, Integer> names = new HashMap<>();
    private final List<Document> kept = new ArrayList<>();
    private final List<HtmlReport.IndexEntry> index = new ArrayList<>();

    DirectorySink(Path dir) {
      this.dir = dir;
    }

    @Override
    public void accept(Outcome o) throws IOException {
      Document d = o.doc();
      if (d == null) {
        index.add(new HtmlReport.IndexEntry(o.id(), "", 0, 0, String.valueOf(o.error())));
        if (format == Format.jsonl) {
          write(fileName(o.id()), errorRecord(o.id(), String.valueOf(o.error())) + "\n");
        }
        return;
      }
      String name = fileName(d.id());
      String content;
      switch (format) {
        case text:
          content = TextReport.render(d);
          break;
        case json:
        case jsonl:
          content = JsonExporter.toJson(d) + "\n";
          break;
        case graphml:
          content = GraphMlExporter.toGraphMl(d);
          kept.add(d);
          break;
        case dot:
          content = DotExporter.toDot(d);
          kept.add(d);
          break;
        case html:
          content = HtmlReport.render(d);
          break;
        default:
          throw new AssertionError(format);
      }
      write(name, content);
      index.add(
          new HtmlReport.IndexEntry(d.id(), name, d.entities().size(), d.relations().size(), ""));
    }

    @Override
    public void finish() throws IOException {
      if (format == Format.graphml && kept.size() > 1) {
        write("corpus.graphml", GraphMlExporter.toGraphMl(CorpusGraph.merge(kept)));
      } else if (format == Format.dot && kept.size() > 1) {
        write("corpus.dot", DotExporter.toDot(CorpusGraph.merge(kept)));
      } else if (format == Format.html) {
        write("index.html", HtmlReport.index(index));
      }
    }

    /** Returns a safe, unique file name for a document id: "a/b.txt" gives "a_b.html". */
    private String fileName(String id) {
      String base = id.replaceAll("\\.(txt|jsonl)$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
      if (base.isEmpty() || base.startsWith(".")) {
        base = "doc" + base;
      }
      if (base.equalsIgnoreCase("index") || base.equalsIgnoreCase("corpus")) {
        base = base + "_";
      }
      int n = names.merge(base.toLowerCase(Locale.ROOT), 1, Integer::sum);
      return (n == 1 ? base : base + "~" + n) + "." + format.extension;
    }

    private void write(String name, String content) throws IOException {
      Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
  }

  static String bundledArticle() throws IOException {
    try (InputStream in = NewsGraphCli.class.getResourceAsStream("article.txt")) {
      if (in == null) {
        throw new IOException("the bundled example article is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Returns the command line with NewsGraph's short usage message for wrong options. */
  static CommandLine commandLine(NewsGraphCli cli) {
    CommandLine cmd = new CommandLine(cli);
    cmd.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(cli.stdout, StandardCharsets.UTF_8), true));
    cmd.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(cli.stderr, StandardCharsets.UTF_8), true));
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter w = ex.getCommandLine().getErr();
          w.println("newsgraph: " + ex.getMessage());
          w.println(
              "Usage: newsgraph [--format FORMAT] [--output PATH] [--profile PROFILE] [--threads N] [--resume]"
                  + " [--quiet] [INPUT...]");
          w.println("Try 'newsgraph --help' for more information.");
          return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
    return cmd;
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine(new NewsGraphCli()).execute(args));
  }
}
