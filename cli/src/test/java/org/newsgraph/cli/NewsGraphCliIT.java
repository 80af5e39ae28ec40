package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Document;
import org.newsgraph.SkipReason;
import org.newsgraph.entity.Entity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line tool and the HTML report on the real models. The report is opened in headless
 * Chromium (Debian's chromium package, installed by .ci/run); the browser test skips without it.
 */
class NewsGraphCliIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static String chromium(Path userData, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + userData,
                "--enable-logging=stderr",
                "--v=0"));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile(userData.getParent(), "chromium", ".log");
    Path stdout = Files.createTempFile(userData.getParent(), "chromium", ".out");
    Process p =
        new ProcessBuilder(cmd).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(log));
    }
    String errors = Files.readString(log);
    // chromium logs each console message of the page, errors included, as ":CONSOLE"; the report
    // logs nothing, so any such line is a problem
    assertThat(errors.lines().filter(l -> l.contains(":CONSOLE")).toList())
        .as("browser console messages")
        .isEmpty();
    return Files.readString(stdout);
  }

  @Test
  void htmlReport_exampleArticle_showsEveryEntityInHeadlessChromium(@TempDir Path dir)
      throws Exception {
    Document doc = InProcessCli.extractor().extract("article.txt", NewsGraphCli.bundledArticle());
    checkReport(doc, dir, "report-example.png");
  }

  /**
   * Issue 19: past a handful of entities the report's graph was a tangle. On a busy article (about
   * 25 entities) the graph draws every entity and relation, no two entities' boxes overlap, the
   * filters hide what they should, clicking an entity marks its mentions, and zoom and pan work.
   * The screenshot is docs/report.png ({@code -Dreport.update=true} rewrites it).
   */
  @Test
  void htmlReport_busyArticle_laysOutFiltersAndHighlightsInHeadlessChromium(@TempDir Path dir)
      throws Exception {
    String text;
    try (var in = NewsGraphCliIT.class.getResourceAsStream("busy-article.txt")) {
      text = new String(in.readAllBytes(), UTF_8);
    }
    Document doc = InProcessCli.extractor().extract("busy-article.txt", text);
    assertThat(doc.entities()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(doc.relations()).hasSizeGreaterThanOrEqualTo(15);
    Path png = checkReport(doc, dir, "report.png");
    if (Boolean.getBoolean("report.update")) {
      Files.copy(png, Path.of("..", "docs", "report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Renders the report, opens it in headless Chromium with #selftest, checks it, screenshots it.
   */
  private static Path checkReport(Document doc, Path dir, String shot) throws Exception {
    Path page = dir.resolve("report.html");
    String html = HtmlReport.render(doc);
    Files.writeString(page, html, UTF_8);
    assertThat(doc.entities()).isNotEmpty();
    assertThat(doc.relations()).isNotEmpty();
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM);

    String dom = chromium(dir.resolve("profile-dom"), "--dump-dom", page.toUri() + "#selftest");

    assertThat(dom).as("the page script ran to its end").contains("data-report=\"ready\"");
    for (Entity e : doc.entities()) {
      assertThat(dom).as(e.toString()).contains(HtmlReport.esc(e.name()));
    }
    assertThat(attribute(dom, "data-visible-nodes"))
        .isEqualTo(String.valueOf(doc.entities().size()));
    assertThat(attribute(dom, "data-visible-edges"))
        .isEqualTo(String.valueOf(doc.relations().size()));
    assertThat(attribute(dom, "data-overlaps")).as("entity boxes that overlap").isEqualTo("0");

    JsonNode self = JsonMapper.builder().build().readTree(attribute(dom, "data-selftest"));
    String clicked = self.get("clicked").asString();
    int marks =
        html.split("<mark class=\"ent t-[A-Z_]+\" data-entity=\"" + clicked + "\"", -1).length - 1;
    assertThat(marks).isPositive();
    assertThat(self.get("marked").asInt()).as("mentions marked on click").isEqualTo(marks);
    String hidden = self.get("hiddenType").asString();
    long nodes = doc.entities().stream().filter(e -> !e.type().name().equals(hidden)).count();
    long edges =
        doc.relations().stream()
            .filter(r -> !r.subject().type().name().equals(hidden))
            .filter(r -> !r.object().type().name().equals(hidden))
            .count();
    assertThat(self.get("withoutType").asString()).isEqualTo(nodes + " " + edges);
    assertThat(self.get("confident").asLong())
        .isEqualTo(doc.relations().stream().filter(r -> r.confidence() >= 0.9).count());
    assertThat(self.get("zoom").asDouble()).isEqualTo(2.0);
    assertThat(self.get("zooming").asBoolean()).isTrue();
    assertThat(self.get("panning").asBoolean()).isTrue();

    Path png = dir.resolve(shot);
    chromium(
        dir.resolve("profile-shot"),
        "--hide-scrollbars",
        "--window-size=1400,1000",
        "--virtual-time-budget=5000",
        "--screenshot=" + png,
        page.toUri().toString());
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, UTF_8)).isEqualTo("PNG");
    Files.copy(png, Path.of("target", shot), StandardCopyOption.REPLACE_EXISTING);
    return png;
  }

  /** Returns the unescaped value of the first attribute of this name in the dumped DOM. */
  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as(name + " in the page").isTrue();
    return m.group(1)
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Issue 19: a text skipped as not English looked like English with no entities, exit 0. */
  @Test
  void json_textNotInEnglish_isMarkedSkippedWithAWarning(@TempDir Path dir) throws Exception {
    Path de = dir.resolve("wetter.txt");
    Files.writeString(
        de,
        "Am Wochenende wird es in den Bergen kalt, und auf den Straßen liegt Schnee. Die Polizei"
            + " bittet alle Fahrer, langsam zu fahren und die Winterreifen nicht zu vergessen.",
        UTF_8);

    InProcessCli.Run run = InProcessCli.run("--format", "json", "--quiet", de.toString());

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.err())
        .isEqualTo(
            "newsgraph: warning: wetter.txt: skipped, "
                + SkipReason.NOT_ENGLISH.description()
                + System.lineSeparator());
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("skipped").asString()).isEqualTo("NOT_ENGLISH");
    assertThat(json.get("entities")).isEmpty();
  }

  @Test
  void jsonl_recordDate_resolvesRelativeDates(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"text\":\"Envoys met in Geneva on Friday.\",\"date\":\"2024-03-04\"}\n"
            + "{\"id\":\"b\",\"text\":\"Envoys met in Geneva on Friday.\"}\n",
        UTF_8);

    InProcessCli.Run run = InProcessCli.run("--format", "jsonl", "--quiet", jsonl.toString());

    assertThat(run.exit()).isEqualTo(0);
    List<String> values = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      for (JsonNode e : JsonMapper.builder().build().readTree(line).get("entities")) {
        if (e.get("type").asString().equals("DATE")) {
          values.add(e.get("value").asString());
        }
      }
    }
    assertThat(values).containsExactly("2024-03-01", "XXXX-WXX-5");
  }

  @Test
  void batch_twoThreadsWithBadDocuments_keepsInputOrderAndReportsEachFailure(@TempDir Path dir)
      throws Exception {
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"text\":\"Chilean President Gabriel Boric will attend the G20 summit.\"}\n"
            + "{\"id\":\"bad\",\"text\":\"abc\\u0000def\"}\n"
            + "{\"id\":\"b\",\"text\":\"Kazakh President Kassym-Jomart Tokayev visited Moscow.\"}\n"
            + "{\"id\":\"c\",\"text\":\"It rained in Paris.\"}\n",
        UTF_8);
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {(byte) 0xc3, 0x28, 0x00, (byte) 0xff});

    InProcessCli.Run run =
        InProcessCli.run(
            "--format", "jsonl", "--threads", "2", "--quiet", jsonl.toString(), binary.toString());

    assertThat(run.exit()).isEqualTo(1);
    List<JsonNode> lines =
        run.out().lines().map(l -> JsonMapper.builder().build().readTree(l)).toList();
    assertThat(lines)
        .extracting(n -> n.get("id").asString())
        .containsExactly("a", "bad", "b", "c", "binary.txt");
    assertThat(lines.get(1).get("error").asString()).contains("NUL character");
    assertThat(lines.get(4).get("error").asString()).contains("not UTF-8 text");
    assertThat(lines.get(0).has("entities")).isTrue();
    assertThat(run.err()).contains("newsgraph: bad: ").contains("newsgraph: binary.txt: ");

    Path out = dir.resolve("out");
    InProcessCli.Run html =
        InProcessCli.run(
            "--format", "html", "--quiet", "--output", out.toString(), jsonl.toString());
    assertThat(html.exit()).isEqualTo(1);
    assertThat(out.resolve("index.html"))
        .content(UTF_8)
        .contains("<a href=\"a.html\">a</a>")
        .contains("NUL character");
    assertThat(out.resolve("b.html")).exists();

    Path graphs = dir.resolve("graphs");
    InProcessCli.Run graphml =
        InProcessCli.run(
            "--format", "graphml", "--quiet", "--output", graphs + "/", jsonl.toString());
    assertThat(graphml.exit()).isEqualTo(1);
    assertThat(graphs.resolve("corpus.graphml")).content(UTF_8).contains("country:CL");
    assertThat(graphs.resolve("a.graphml")).exists();
  }
}
