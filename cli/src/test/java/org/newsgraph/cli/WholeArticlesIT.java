package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.benchmark.ThroughputCommand;
import picocli.CommandLine;

/**
 * Runs the benchmark's whole-article mode on the command-line jar this module builds, against
 * CoreNLP's NER pipeline, on three short made-up documents, so that CI sees the mode a user's batch
 * is timed with work end to end. No timing is asserted.
 */
class WholeArticlesIT {

  @TempDir Path dir;

  @Test
  void wholeArticles_cliAgainstCoreNlpNer_printsBothRowsWithRatios() throws IOException {
    Path corpus =
        Files.writeString(
            dir.resolve("whole.jsonl"),
            "{\"id\":\"d1\",\"text\":\"Chilean President Gabriel Boric arrived in Rio on Monday.\"}\n"
                + "{\"id\":\"d2\",\"text\":\"German Chancellor Olaf Scholz met him there.\"}\n"
                + "{\"id\":\"d3\",\"text\":\"Brazil hosts the summit in November.\"}\n",
            StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int status =
        new CommandLine(new ThroughputCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
            .execute(
                "--whole-articles",
                "--corpus=" + corpus,
                "--configs=balanced,corenlp-ner",
                "--newsgraph-jar=" + Path.of("target", "newsgraph.jar").toAbsolutePath(),
                "--log=" + dir);

    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report)
        .containsPattern("(?m)^balanced +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ ")
        .containsPattern("(?m)^corenlp-ner +1 +[0-9.]+ +[0-9.]+ +1\\.00 ");
  }
}
