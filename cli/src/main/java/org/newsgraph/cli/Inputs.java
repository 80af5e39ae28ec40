package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the command line's inputs: text files, directories of *.txt, .jsonl files of {@code {"id",
 * "text", "date"}} records ({@code date} optional) and stdin.
 *
 * <p>A file or record that cannot be read becomes a failed {@link InputDocument} named after it, so
 * that one bad document does not stop a batch.
 */
final class Inputs {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** An ISO day, maybe with a time after it. */
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  private Inputs() {}

  /** Reads one command-line input; never throws for a bad file, returns it as failed instead. */
  static List<InputDocument> read(String arg, InputStream stdin) {
    if (arg.equals("-")) {
      return List.of(readStream(stdin, "stdin", "standard input"));
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      List<InputDocument> docs = new ArrayList<>();
      try (Stream<Path> files = Files.walk(p)) {
        List<Path> texts =
            files
                .filter(f -> f.toString().endsWith(".txt") && !Files.isDirectory(f))
                .sorted()
                .toList();
        for (Path f : texts) {
          docs.add(readFile(f, p.relativize(f).toString()));
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        docs.add(InputDocument.failed(arg, "cannot read directory " + arg + ": " + e.getMessage()));
      }
      return docs;
    }
    if (arg.endsWith(".jsonl")) {
      return readJsonl(p, arg);
    }
    return List.of(readFile(p, p.getFileName() == null ? arg : p.getFileName().toString()));
  }

  static InputDocument readFile(Path p, String id) {
    try (InputStream in = Files.newInputStream(p)) {
      return readStream(in, id, p.toString());
    } catch (NoSuchFileException e) {
      return InputDocument.failed(id, "cannot read " + p + ": no such file");
    } catch (IOException e) {
      return InputDocument.failed(id, "cannot read " + p + ": " + e.getMessage());
    }
  }

  private static InputDocument readStream(InputStream in, String id, String name) {
    try {
      byte[] bytes = in.readAllBytes();
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return InputDocument.of(id, text);
    } catch (CharacterCodingException e) {
      return InputDocument.failed(
          id, "cannot read " + name + ": it is not UTF-8 text; convert it to UTF-8 first");
    } catch (IOException e) {
      return InputDocument.failed(id, "cannot read " + name + ": " + e.getMessage());
    }
  }

  /**
   * The day of a record's {@code date}: "2024-03-01", or a timestamp that starts with it
   * ("2024-03-01T09:30:00Z", "2024-03-01 09:30"); null if it is neither.
   */
  static @Nullable LocalDate date(JsonNode node) {
    if (!node.isString()) {
      return null;
    }
    Matcher m = DATE.matcher(node.asString().trim());
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<InputDocument> readJsonl(Path p, String arg) {
    List<InputDocument> docs = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(p),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = p.getFileName() + ":" + n;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (RuntimeException e) {
          docs.add(InputDocument.failed(where, arg + " line " + n + ": not a JSON object"));
          continue;
        }
        String id = node.has("id") && !node.get("id").isNull() ? node.get("id").asString() : where;
        if (!node.isObject() || !node.has("text") || !node.get("text").isString()) {
          docs.add(
              InputDocument.failed(
                  id, arg + " line " + n + ": expected {\"id\": ..., \"text\": \"...\"}"));
          continue;
        }
        LocalDate date = null;
        if (node.has("date") && !node.get("date").isNull()) {
          date = date(node.get("date"));
          if (date == null) {
            docs.add(
                InputDocument.failed(
                    id,
                    arg
                        + " line "
                        + n
                        + ": \"date\" must be an ISO date such as \"2024-03-01\" (a"
                        + " time after it is ignored), but was "
                        + node.get("date")));
            continue;
          }
        }
        docs.add(InputDocument.of(id, node.get("text").asString(), date));
      }
    } catch (NoSuchFileException e) {
      docs.add(InputDocument.failed(arg, "cannot read " + arg + ": no such file"));
    } catch (CharacterCodingException e) {
      docs.add(InputDocument.failed(arg, "cannot read " + arg + ": it is not UTF-8 text"));
    } catch (IOException e) {
      docs.add(InputDocument.failed(arg, "cannot read " + arg + ": " + e.getMessage()));
    }
    return docs;
  }
}
