package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --resume} without models: reading and repairing the output file, and the options. */
class ResumeFileTest {

  @TempDir Path dir;

  private static InProcessCli.Run run(String... args) {
    return InProcessCli.runWithoutModels("no document is left to extract", args);
  }

  @Test
  void read_missingFile_holdsNothing() throws Exception {
    ResumeFile r = ResumeFile.read(dir.resolve("none.jsonl"));

    assertThat(r.ids()).isEmpty();
    assertThat(r.wholeBytes()).isZero();
    assertThat(r.cutOffBytes()).isZero();
  }

  @Test
  void read_wholeRecords_collectsIdsAndFailures() throws Exception {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"a\",\"text\":\"x\",\"entities\":[]}\n{\"id\":\"b\",\"error\":\"no\"}\r\n\n",
        UTF_8);

    ResumeFile r = ResumeFile.read(f);

    assertThat(r.ids()).containsExactlyInAnyOrder("a", "b");
    assertThat(r.failedIds()).containsExactly("b");
    assertThat(r.wholeBytes()).isEqualTo(Files.size(f));
    assertThat(r.cutOffBytes()).isZero();
  }

  @Test
  void repair_cutOffLastLine_dropsItAndKeepsWholeLines() throws Exception {
    Path f = dir.resolve("out.jsonl");
    String whole = "{\"id\":\"a\",\"text\":\"Ünïcödé\"}\n{\"id\":\"b\",\"error\":\"no\"}\n";
    // a valid record without its newline is cut off too: the newline is part of the write
    Files.writeString(f, whole + "{\"id\":\"c\",\"text\":\"half", UTF_8);

    ResumeFile r = ResumeFile.read(f);
    r.repair(f);

    assertThat(r.ids()).containsExactlyInAnyOrder("a", "b");
    assertThat(r.cutOffBytes()).isEqualTo(22);
    assertThat(f).content(UTF_8).isEqualTo(whole);
  }

  @Test
  void read_brokenLineBeforeTheLast_refusesToGuess() throws Exception {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, "{\"id\":\"a\"}\nnot json\n{\"id\":\"b\"}\n", UTF_8);

    assertThatThrownBy(() -> ResumeFile.read(f))
        .isInstanceOf(ResumeFile.NotResumableException.class)
        .hasMessage(
            "cannot resume "
                + f
                + ": line 2 is not a JSON record with an \"id\"; remove that"
                + " line, or write to a new file");
  }

  @Test
  void execute_resumeWithoutJsonlFile_exits2() {
    InProcessCli.Run json = run("--resume", "--format", "json", "--output", "x.json");
    InProcessCli.Run toStdout = run("--resume", "--format", "jsonl");

    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err())
        .contains(
            "--resume needs --format jsonl and --output FILE, to know what is already written;"
                + " but the format is json and the output x.json");
    assertThat(toStdout.exit()).isEqualTo(2);
    assertThat(toStdout.err()).contains("but the format is jsonl and the output standard output");
  }

  @Test
  void execute_resumeOfAFinishedBatch_loadsNoModelAndKeepsTheFile() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in, "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n", UTF_8);
    Path f = dir.resolve("out.jsonl");
    String done = "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"error\":\"failed before\"}\n";
    Files.writeString(f, done, UTF_8);

    InProcessCli.Run r =
        run("--format", "jsonl", "--output", f.toString(), "--resume", "--quiet", in.toString());

    assertThat(r.exit()).as("the earlier failure still counts").isEqualTo(1);
    assertThat(f).content(UTF_8).isEqualTo(done);
    assertThat(r.err())
        .isEqualTo(
            "newsgraph: resuming "
                + f
                + ": 2 of 2 documents already written (1 failed),"
                + " 0 to do"
                + System.lineSeparator());
  }
}
