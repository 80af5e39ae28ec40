package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --rules and --gazetteer options (issue 7): malformed files fail before any model loads. */
class RuleOptionsTest {

  private static InProcessCli.Run run(String... args) {
    return InProcessCli.runWithoutModels("with rules, the CLI builds its own extractor", args);
  }

  @Test
  void execute_malformedRulesFile_exits2NamingLineAndColumn(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, "MEETS(PERSON, PERSON) verb meet\n");

    InProcessCli.Run r = run("--rules", rules.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "rules file " + rules + " line 1 column 23 (rule MEETS): expected ':', but found 'v'");
  }

  @Test
  void execute_malformedGazetteer_exits2NamingLineAndColumn(@TempDir Path dir) throws Exception {
    Path g = dir.resolve("weapons.txt");
    Files.writeString(g, "Patriot\n");

    InProcessCli.Run r = run("--gazetteer", g.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "gazetteer " + g + " line 1 column 1: expected 'type: NAME' before the first entry");
  }

  @Test
  void execute_help_listsTheRuleOptions() {
    assertThat(run("--help").out()).contains("--rules=FILE", "--gazetteer=FILE");
  }
}
