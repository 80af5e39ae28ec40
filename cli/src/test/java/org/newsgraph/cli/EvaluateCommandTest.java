package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of {@code evaluate --by-rule}'s output, scoring a hand-written prediction against a
 * hand-written gold graph; no model is loaded.
 */
class EvaluateCommandTest {

  private static final String ARTICLE = "Kazakh President Tokayev met Putin.";

  private static InProcessCli.Run run(String... args) {
    return InProcessCli.runWithoutModels(
        "evaluate --predictions must not build an extractor", args);
  }

  private static String entity(String id, String type, String name, String mention) {
    int b = ARTICLE.indexOf(mention);
    return "{\"id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"name\":\""
        + name
        + "\",\"mentions\":[{\"text\":\""
        + mention
        + "\",\"begin\":"
        + b
        + ",\"end\":"
        + (b + mention.length())
        + "}]}";
  }

  private static String relation(String subject, String object, double confidence, String rule) {
    return "{\"type\":\"LEADER_OF\",\"subject\":\""
        + subject
        + "\",\"object\":\""
        + object
        + "\",\"confidence\":"
        + confidence
        + ",\"modality\":\"ASSERTED\",\"evidence\":[{"
        + "\"sentence\":0,\"begin\":0,\"end\":6,\"text\":\"Kazakh\",\"foundBy\":\""
        + rule
        + "\"}]}";
  }

  @Test
  void evaluate_byRuleOnAGoldGraph_printsTheRowsThenOneLinePerRule(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("article.txt"), ARTICLE, UTF_8);
    Path gold = dir.resolve("gold.json");
    Files.writeString(
        gold,
        "{\"document\":\"article.txt\",\"scored_entity_types\":[\"PERSON\",\"COUNTRY\"],"
            + "\"scored_relation_types\":[\"LEADER_OF\"],\"entities\":["
            + "{\"id\":\"tokayev\",\"type\":\"PERSON\",\"required\":true,\"aliases\":[\"Tokayev\"]},"
            + "{\"id\":\"putin\",\"type\":\"PERSON\",\"required\":true,\"aliases\":[\"Putin\"]},"
            + "{\"id\":\"kz\",\"type\":\"COUNTRY\",\"required\":true,\"aliases\":[\"Kazakhstan\"]}],"
            + "\"relations\":[{\"type\":\"LEADER_OF\",\"subject\":\"tokayev\",\"object\":\"kz\","
            + "\"required\":true}]}",
        UTF_8);
    Path predictions = dir.resolve("out.jsonl");
    Files.writeString(
        predictions,
        "{\"id\":\"article.txt\",\"entities\":["
            + entity("e1", "COUNTRY", "Kazakhstan", "Kazakh")
            + ","
            + entity("e2", "PERSON", "Tokayev", "Tokayev")
            + ","
            + entity("e3", "PERSON", "Putin", "Putin")
            + "],\"relations\":["
            + relation("e2", "e1", 0.9, "leader-title")
            + ","
            + relation("e3", "e1", 0.5, "bare-title-main-country")
            + "]}\n",
        UTF_8);

    InProcessCli.Run r =
        run(
            "evaluate",
            "--dataset",
            "graph",
            "--by-rule",
            "--predictions",
            predictions.toString(),
            gold.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "relation LEADER_OF               P=0.500 R=1.000 F1=0.667  (tp=1 fp=1 fn=0)\n",
            "entities P=1.00 R=1.00 F1=1.00 | relations P=0.50 R=1.00 F1=0.67 | country codes 0/0\n")
        .endsWith(
            "\nby rule: a relation counts for each rule its evidence names (foundBy);"
                + " P = tp / (tp + fp); conf = the mean confidence of the rule's relations\n"
                + "rule                     relations     tp     fp  neither      P   conf\n"
                + "bare-title-main-country          1      0      1        0  0.000   0.50\n"
                + "leader-title                     1      1      0        0  1.000   0.90\n");
  }

  @Test
  void evaluate_byRuleOnADataSetWithoutRelations_exits2NamingTheOnesWithRelations() {
    InProcessCli.Run r =
        run(
            "evaluate",
            "--dataset",
            "crossner",
            "--by-rule",
            "--predictions",
            "out.jsonl",
            "dev.txt");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "newsgraph evaluate: --by-rule measures relations, but crossner has none; use dwie,"
                + " redocred, graph or news-graphs\n");
  }
}
