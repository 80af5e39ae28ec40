package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option handling and input reading; no model is loaded (the extractor supplier fails). */
class NewsGraphCliTest {

  private static InProcessCli.Run run(String... args) {
    return InProcessCli.runWithoutModels("the extractor must not be built for wrong options", args);
  }

  @Test
  void execute_unknownOption_exits2WithShortUsage() {
    InProcessCli.Run r = run("--colour");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("newsgraph: Unknown option: '--colour'")
        .contains("Try 'newsgraph --help'")
        .doesNotContain("--threads=N");
  }

  @Test
  void execute_unknownFormat_exits2() {
    InProcessCli.Run r = run("--format", "pdf");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected one of [text, json, jsonl, graphml, dot, html]");
  }

  @Test
  void execute_zeroThreads_exits2BeforeLoadingModels() {
    InProcessCli.Run r = run("--threads", "0");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be at least 1, but was 0");
  }

  @Test
  void execute_htmlForSeveralDocumentsWithoutOutputDirectory_exits2(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), "One.");
    Files.writeString(dir.resolve("b.txt"), "Two.");

    InProcessCli.Run r = run("--format", "html", dir.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "--format html writes one page per document; give --output DIR for these 2"
                + " documents");
  }

  @Test
  void execute_help_documentsEveryOptionAndExits0() {
    InProcessCli.Run r = run("--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out() + r.err())
        .contains(
            "--format", "--output", "--threads", "--quiet", "Exit status", "explain", "--by-rule");
    // picocli wraps lines: join them before looking for a phrase
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("--profile=PROFILE", "FAST, BALANCED, ACCURATE (default: BALANCED)")
        // issue 19: the throughput line was cut off after "of CoreNLP's"
        .contains(
            "of CoreNLP's own pipelines on the same documents, one JVM per configuration, one"
                + " after the other.");
  }

  @Test
  void execute_unknownProfile_exits2() {
    InProcessCli.Run r = run("--profile", "turbo");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile", "turbo");
  }

  @Test
  void read_directory_findsTextFilesRecursivelyAndReportsBadOnesByName(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.txt"), "Alpha.");
    Files.writeString(dir.resolve("sub/b.txt"), "Beta.");
    Files.write(dir.resolve("sub/c.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    Files.writeString(dir.resolve("notes.md"), "ignored");

    List<InputDocument> docs = Inputs.read(dir.toString(), System.in);

    assertThat(docs)
        .extracting(InputDocument::id)
        .containsExactly("a.txt", "sub/b.txt", "sub/c.txt");
    assertThat(docs.get(1).text()).isEqualTo("Beta.");
    assertThat(docs.get(2).text()).isNull();
    assertThat(docs.get(2).error()).contains("is not UTF-8 text");
  }

  @Test
  void read_jsonl_keepsIdsAndTurnsBadLinesIntoFailures(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(
        f, "{\"id\":\"x\",\"text\":\"Hello.\"}\n\nnot json\n{\"id\":\"y\"}\n{\"text\":\"Bye.\"}\n");

    List<InputDocument> docs = Inputs.read(f.toString(), System.in);

    assertThat(docs)
        .extracting(InputDocument::id)
        .containsExactly("x", "in.jsonl:3", "y", "in.jsonl:5");
    assertThat(docs)
        .extracting(InputDocument::error)
        .containsExactly(
            null,
            f + " line 3: not a JSON object",
            f + " line 4: expected {\"id\": ..., \"text\": \"...\"}",
            null);
  }

  @Test
  void read_jsonlDate_isThePublicationDayAndABadOneAFailure(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"a\",\"text\":\"Hi.\",\"date\":\"2024-03-01\"}\n"
            + "{\"id\":\"b\",\"text\":\"Hi.\",\"date\":\"2024-03-01T09:30:00Z\"}\n"
            + "{\"id\":\"c\",\"text\":\"Hi.\",\"date\":null}\n"
            + "{\"id\":\"d\",\"text\":\"Hi.\",\"date\":\"1 March 2024\"}\n"
            + "{\"id\":\"e\",\"text\":\"Hi.\",\"date\":\"2024-02-30\"}\n");

    List<InputDocument> docs = Inputs.read(f.toString(), System.in);

    assertThat(docs)
        .extracting(d -> String.valueOf(d.date()))
        .containsExactly("2024-03-01", "2024-03-01", "null", "null", "null");
    assertThat(docs)
        .extracting(InputDocument::error)
        .containsExactly(
            null,
            null,
            null,
            f
                + " line 4: \"date\" must be an ISO date such as \"2024-03-01\" (a time after it is"
                + " ignored), but was \"1 March 2024\"",
            f
                + " line 5: \"date\" must be an ISO date such as \"2024-03-01\" (a time after it is"
                + " ignored), but was \"2024-02-30\"");
  }

  @Test
  void read_missingFile_isAFailureNamedAfterIt() {
    List<InputDocument> docs = Inputs.read("/no/such/file.txt", System.in);

    assertThat(docs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("file.txt");
              assertThat(d.error()).isEqualTo("cannot read /no/such/file.txt: no such file");
            });
  }

  @Test
  void read_stdin_readsTheWholeStream() {
    List<InputDocument> docs =
        Inputs.read("-", new ByteArrayInputStream("From stdin.".getBytes(UTF_8)));

    assertThat(docs).containsExactly(InputDocument.of("stdin", "From stdin."));
  }

  @Test
  void progress_notATerminal_isSilent() {
    // surefire's standard error is a pipe, never a terminal
    assertThat(Progress.stderrIsTerminal()).isFalse();
  }
}
