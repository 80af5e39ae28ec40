package org.newsgraph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the throughput benchmark end to end on three short made-up documents, so that CI sees it
 * work. No timing is asserted. The CoreNLP kbp baseline takes minutes to load on a busy machine, so
 * it runs only with {@code -Dnewsgraph.benchmark.kbp=true}.
 */
class ThroughputCommandIT {

  @TempDir Path dir;

  @Test
  void throughput_tinyCorpus_printsEveryConfigurationWithRatios() throws IOException {
    Path corpus =
        Files.writeString(
            dir.resolve("tiny.jsonl"),
            "{\"id\":\"d1\",\"text\":\"Chilean President Gabriel Boric arrived in Rio de Janeiro on"
                + " Monday for the G20 summit.\"}\n"
                + "{\"id\":\"d2\",\"text\":\"German Chancellor Olaf Scholz met him there.\"}\n"
                + "{\"id\":\"d3\",\"text\":\"Brazil hosts the summit in November.\"}\n",
            StandardCharsets.UTF_8);
    boolean kbp = Boolean.getBoolean("newsgraph.benchmark.kbp");
    String configs = kbp ? "fast,corenlp-ner,corenlp-kbp" : "fast,corenlp-ner";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--corpus=" + corpus,
                "--configs=" + configs,
                "--threads=1,2",
                "--warmup=1",
                "--jvm-arg=-Xmx3g",
                "--log=" + dir,
                "--emit=" + dir.resolve("out")));

    int status =
        new CommandLine(new ThroughputCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
            .execute(args.toArray(String[]::new));

    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report)
        .contains("3 documents")
        .containsPattern("(?m)^fast +1 ")
        .containsPattern("(?m)^fast +2 ")
        .containsPattern("(?m)^corenlp-ner +1 +[0-9.]+ .* 1\\.00 ");
    if (kbp) {
      assertThat(report).containsPattern("(?m)^corenlp-kbp +1 ");
    }
    assertThat(Files.readAllLines(dir.resolve("out").resolve("fast.jsonl"))).hasSize(3);
  }

  @Test
  void wholeArticles_baseline_printsWallAndReadyAgainstItself() throws IOException {
    Path corpus = tinyCorpus();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int status =
        new CommandLine(new ThroughputCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
            .execute(
                "--whole-articles", "--corpus=" + corpus, "--configs=corenlp-ner", "--log=" + dir);

    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report)
        .contains("3 documents")
        .containsPattern("(?m)^corenlp-ner +1 +[0-9.]+ +[0-9.]+ +1\\.00 ");
  }

  @Test
  void wholeArticles_missingJar_namesTheJarAndHowToBuildIt() throws IOException {
    Path corpus = tinyCorpus();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli =
        new CommandLine(new ThroughputCommand(new PrintStream(new ByteArrayOutputStream())));
    cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));

    int status =
        cli.execute(
            "--whole-articles",
            "--corpus=" + corpus,
            "--configs=balanced",
            "--newsgraph-jar=" + dir.resolve("missing.jar"),
            "--log=" + dir);

    assertThat(status).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("missing.jar does not exist")
        .contains("mvn -B -ntp -DskipTests package");
  }

  private Path tinyCorpus() throws IOException {
    return Files.writeString(
        dir.resolve("whole.jsonl"),
        "{\"id\":\"d1\",\"text\":\"Chilean President Gabriel Boric arrived in Rio on Monday.\"}\n"
            + "{\"id\":\"d2\",\"text\":\"German Chancellor Olaf Scholz met him there.\"}\n"
            + "{\"id\":\"d3\",\"text\":\"Brazil hosts the summit in November.\"}\n",
        StandardCharsets.UTF_8);
  }
}
