package org.newsgraph.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --rules and --gazetteer options (issue 7): malformed files fail before any model loads. */
class RuleOptionsTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    NewsGraphCli cli =
        new NewsGraphCli(
            () -> {
              throw new AssertionError("with rules, the CLI builds its own extractor");
            },
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
            new PrintStream(err, true, UTF_8));
    return NewsGraphCli.commandLine(cli).execute(args);
  }

  @Test
  void execute_malformedRulesFile_exits2NamingLineAndColumn(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, "MEETS(PERSON, PERSON) verb meet\n");

    assertThat(run("--rules", rules.toString())).isEqualTo(2);

    assertThat(err.toString(UTF_8))
        .contains("rules file " + rules + " line 1 column 23 (rule MEETS): expected ':', but found 'v'");
  }

  @Test
  void execute_malformedGazetteer_exits2NamingLineAndColumn(@TempDir Path dir) throws Exception {
    Path g = dir.resolve("weapons.txt");
    Files.writeString(g, "Patriot\n");

    assertThat(run("--gazetteer", g.toString())).isEqualTo(2);

    assertThat(err.toString(UTF_8))
        .contains("gazetteer " + g + " line 1 column 1: expected 'type: NAME' before the first entry");
  }

  @Test
  void execute_help_listsTheRuleOptions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NewsGraphCli cli =
        new NewsGraphCli(
            () -> {
              throw new AssertionError();
            },
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    NewsGraphCli.commandLine(cli).setOut(new java.io.PrintWriter(out, true, UTF_8)).execute("--help");
    assertThat(out.toString(UTF_8)).contains("--rules=FILE", "--gazetteer=FILE");
  }
}
