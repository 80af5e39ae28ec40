package org.newsgraph.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.io.JsonExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line tool: extracts entities and relations from articles and prints them.
 *
 * <pre>
 * java -jar examples/target/newsgraph.jar                       # the bundled example article
 * java -jar examples/target/newsgraph.jar --format json a.txt   # one document as JSON
 * java -jar examples/target/newsgraph.jar --format jsonl in.jsonl > out.jsonl
 * </pre>
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1.0-SNAPSHOT",
    description = {
      "Extracts people, countries, events and their relations from English news articles.",
      "With no input, extracts the bundled example article."
    },
    exitCodeOnInvalidInput = 2,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was extracted",
      "1:some input could not be read or extracted",
      "2:wrong options"
    })
public final class NewsGraphCli implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    jsonl
  }

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Text files, directories (*.txt, recursively), .jsonl files of {\"id\",\"text\"}"
          + " records, or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    List<InputDocument> docs = new ArrayList<>();
    int failures = 0;
    if (inputs.isEmpty()) {
      docs.add(new InputDocument("article.txt", bundledArticle()));
    }
    for (String in : inputs) {
      try {
        docs.addAll(Inputs.read(in));
      } catch (Inputs.InputException e) {
        System.err.println("newsgraph: " + e.getMessage());
        failures++;
      }
    }
    Extractor extractor = Extractor.builder().build();
    PrintStream out =
        output == null
            ? new PrintStream(System.out, false, StandardCharsets.UTF_8)
            : new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8);
    List<Document> results = new ArrayList<>();
    for (InputDocument in : docs) {
      Document d;
      try {
        d = extractor.extract(in.id(), in.text());
      } catch (RuntimeException e) {
        System.err.println("newsgraph: " + in.id() + ": " + e.getMessage());
        failures++;
        if (format == Format.jsonl) {
          out.println("{\"id\":" + quote(in.id()) + ",\"error\":" + quote(String.valueOf(e.getMessage())) + "}");
        }
        continue;
      }
      switch (format) {
        case text:
          out.println(TextReport.render(d));
          break;
        case jsonl:
          out.println(JsonExporter.toJson(d));
          break;
        case json:
          results.add(d);
          break;
        default:
          throw new AssertionError(format);
      }
      out.flush();
    }
    if (format == Format.json) {
      out.println(results.size() == 1 && docs.size() == 1
          ? JsonExporter.toJson(results.get(0))
          : JsonExporter.toJsonArray(results));
    }
    out.flush();
    if (output != null) {
      out.close();
    }
    return failures == 0 ? 0 : 1;
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  static String bundledArticle() throws IOException {
    try (InputStream in = NewsGraphCli.class.getResourceAsStream("article.txt")) {
      if (in == null) {
        throw new IOException("the bundled example article is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new NewsGraphCli());
    cli.setErr(new PrintWriter(System.err, true));
    System.exit(cli.execute(args));
  }
}
