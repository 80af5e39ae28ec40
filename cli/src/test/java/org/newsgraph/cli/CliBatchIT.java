package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch of 1,000 short documents with 20 bad ones among them, through the command-line tool in
 * this JVM, and the same batch killed near its end and resumed (issue 6).
 */
class CliBatchIT {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int DOCUMENTS = 1_000;
  private static final int MAX_CHARACTERS = 3_000;

  @TempDir static Path shared;

  private static Batch clean;

  /**
   * The generated input: its records in order, the id the tool gives each, and the ids that must
   * fail.
   */
  private record Input(Path file, List<String> ids, Set<String> bad) {}

  /** The input and the output of one clean run over it. */
  private record Batch(Input input, Path output, InProcessCli.Run run, long millis) {}

  private static final String[] FIRST = {
    "Anna", "Boris", "Carlos", "Dilma", "Emmanuel", "Fatima", "Gabriel", "Hana", "Ivan", "Julia",
    "Kenji", "Lula", "Maria", "Narendra", "Olaf", "Pedro", "Recep", "Sanna", "Tomas", "Ursula"
  };
  private static final String[] LAST = {
    "Almeida", "Berg", "Costa", "Duarte", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanov",
    "Jensen", "Kato", "Lopez", "Moreau", "Nowak", "Okafor", "Petrov", "Quint", "Rossi", "Silva",
    "Tanaka"
  };
  private static final String[] COUNTRIES = {
    "France", "Germany", "Brazil", "Japan", "Kenya", "Chile", "Canada", "India", "Poland", "Egypt"
  };
  private static final String[] CITIES = {
    "Paris",
    "Berlin",
    "Rio de Janeiro",
    "Tokyo",
    "Nairobi",
    "Santiago",
    "Toronto",
    "Delhi",
    "Warsaw",
    "Cairo"
  };
  private static final String[] TEMPLATES = {
    "President %1$s %2$s of %3$s visited %4$s on Monday.",
    "%1$s %2$s met the prime minister of %3$s in %4$s.",
    "Prime Minister %1$s %2$s will attend the G20 summit in %4$s.",
    "%1$s %2$s, a lawyer from %4$s, won an award in %3$s.",
    "Officials in %4$s said %1$s %2$s would lead the talks with %3$s."
  };

  /**
   * Writes {@value #DOCUMENTS} records: one-sentence news items with varying names, and every 50th
   * (from the 25th) a bad one: NUL characters, control characters, too long for {@value
   * #MAX_CHARACTERS} characters, a sentence over the token limit, a line that is not JSON, a record
   * without text or with a number for text.
   */
  private static Input writeInput(Path dir) throws Exception {
    Random random = new Random(6);
    Path file = dir.resolve("in.jsonl");
    StringBuilder jsonl = new StringBuilder();
    List<String> ids = new ArrayList<>();
    Set<String> bad = new LinkedHashSet<>();
    int badKinds = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      String id = String.format(java.util.Locale.ROOT, "doc-%04d", i);
      String text =
          String.format(
              java.util.Locale.ROOT,
              TEMPLATES[random.nextInt(TEMPLATES.length)],
              FIRST[random.nextInt(FIRST.length)],
              LAST[random.nextInt(LAST.length)],
              COUNTRIES[random.nextInt(COUNTRIES.length)],
              CITIES[random.nextInt(CITIES.length)]);
      String line = JSON.writeValueAsString(Map.of("id", id, "text", text));
      if (i == 500) {
        // a repeated id gets "~2", and an empty text is an empty document, not a failure
        line = JSON.writeValueAsString(Map.of("id", "doc-0499", "text", ""));
        id = "doc-0499~2";
      }
      if (i % 50 == 25) {
        switch (badKinds++ % 7) {
          case 0 -> line = JSON.writeValueAsString(Map.of("id", id, "text", text + "\u0000\u0000"));
          case 1 ->
              line =
                  JSON.writeValueAsString(
                      Map.of("id", id, "text", "\u0001\u0002\u0003\u0004".repeat(5) + text));
          case 2 ->
              line = JSON.writeValueAsString(Map.of("id", id, "text", (text + " ").repeat(80)));
          // "the", not a content word: text with too few English function words is skipped
          case 3 ->
              line = JSON.writeValueAsString(Map.of("id", id, "text", "the ".repeat(600) + "end."));
          case 4 -> {
            line = "{\"id\": \"" + id + "\", \"text\": \"cut off";
            id = "in.jsonl:" + (i + 1);
          }
          case 5 -> line = "{\"id\": \"" + id + "\"}";
          default -> line = "{\"id\": \"" + id + "\", \"text\": 42}";
        }
        bad.add(id);
      }
      jsonl.append(line).append('\n');
      ids.add(id);
    }
    Files.writeString(file, jsonl, UTF_8);
    return new Input(file, ids, bad);
  }

  private static synchronized Batch cleanRun(Path dir) throws Exception {
    if (clean == null) {
      Input input = writeInput(dir);
      Path output = dir.resolve("clean.jsonl");
      InProcessCli.extractor();
      long start = System.nanoTime();
      InProcessCli.Run run =
          InProcessCli.run(
              "--format",
              "jsonl",
              "--output",
              output.toString(),
              "--threads",
              "2",
              "--quiet",
              "--max-characters",
              String.valueOf(MAX_CHARACTERS),
              input.file().toString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.err.printf("CliBatchIT: %d documents in %d ms%n", DOCUMENTS, millis);
      clean = new Batch(input, output, run, millis);
    }
    return clean;
  }

  private static List<JsonNode> records(Path jsonl) throws Exception {
    return Files.readAllLines(jsonl, UTF_8).stream().map(JSON::readTree).toList();
  }

  @Test
  void batch_thousandDocumentsWithBadOnes_writesOneRecordEachInOrderAndReportsFailures()
      throws Exception {
    Batch batch = cleanRun(shared);
    Input input = batch.input();

    assertThat(input.bad()).hasSize(20);
    assertThat(batch.run().exit()).isEqualTo(1);
    assertThat(batch.run().out()).isEmpty();
    List<JsonNode> records = records(batch.output());
    assertThat(records)
        .extracting(r -> r.get("id").asString())
        .containsExactlyElementsOf(input.ids());
    for (JsonNode r : records) {
      String id = r.get("id").asString();
      if (input.bad().contains(id)) {
        assertThat(r.has("error")).as(id).isTrue();
        assertThat(r.has("entities")).as(id).isFalse();
        assertThat(batch.run().err()).contains("newsgraph: " + id + ": ");
      } else {
        assertThat(r.has("error")).as(id + ": " + r).isFalse();
        assertThat(r.has("entities")).as(id).isTrue();
      }
    }
    assertThat(batch.run().err().lines()).hasSize(input.bad().size());
    String errors = batch.run().err();
    assertThat(errors)
        .contains("NUL character")
        .contains("control characters")
        .contains("more than the limit of 3000; split it, or raise the limit with --max-characters")
        .contains("more than the limit of 500")
        .contains("not a JSON object")
        .contains("expected {\"id\": ..., \"text\": \"...\"}");
    // the documents were really extracted, not just passed through
    assertThat(records.stream().filter(r -> r.has("entities") && !r.get("entities").isEmpty()))
        .hasSizeGreaterThan(900);
  }

  @Test
  void resume_afterKillNearTheEnd_finishesWithTheCleanRunsFile(@TempDir Path dir) throws Exception {
    Batch batch = cleanRun(shared);
    byte[] cleanBytes = Files.readAllBytes(batch.output());
    // a run killed while writing record 901: 900 whole lines, then half a line
    List<String> lines = Files.readAllLines(batch.output(), UTF_8);
    String cutLine = lines.get(900);
    Path killed = dir.resolve("killed.jsonl");
    Files.writeString(
        killed,
        String.join("\n", lines.subList(0, 900))
            + "\n"
            + cutLine.substring(0, cutLine.length() / 2),
        UTF_8);
    assertThat(batch.input().bad())
        .as("failures on both sides of the cut")
        .anyMatch(id -> batch.input().ids().indexOf(id) < 900)
        .anyMatch(id -> batch.input().ids().indexOf(id) >= 900);

    long start = System.nanoTime();
    InProcessCli.Run resumed =
        InProcessCli.run(
            "--format",
            "jsonl",
            "--output",
            killed.toString(),
            "--threads",
            "2",
            "--quiet",
            "--max-characters",
            String.valueOf(MAX_CHARACTERS),
            "--resume",
            batch.input().file().toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.err.printf("CliBatchIT: resumed 100 documents in %d ms%n", millis);

    assertThat(resumed.exit()).isEqualTo(1);
    assertThat(resumed.err())
        .startsWith(
            "newsgraph: resuming "
                + killed
                + ": 900 of 1000 documents already written ("
                + batch.input().bad().stream()
                    .filter(id -> batch.input().ids().indexOf(id) < 900)
                    .count()
                + " failed), a cut-off last line dropped, 100 to do");
    assertThat(records(killed))
        .extracting(r -> r.get("id").asString())
        .containsExactlyElementsOf(batch.input().ids());
    assertThat(Files.readAllBytes(killed)).isEqualTo(cleanBytes);

    // resuming a finished batch changes nothing
    InProcessCli.Run again =
        InProcessCli.run(
            "--format",
            "jsonl",
            "--output",
            killed.toString(),
            "--quiet",
            "--max-characters",
            String.valueOf(MAX_CHARACTERS),
            "--resume",
            batch.input().file().toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("1000 of 1000 documents already written (20 failed)");
    assertThat(Files.readAllBytes(killed)).isEqualTo(cleanBytes);
  }
}
