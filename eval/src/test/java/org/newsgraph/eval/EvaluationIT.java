package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Extractor;

/**
 * A fast slice of the issue-3 evaluation: the first DWIE dev documents and CrossNER dev sentences
 * through the default extractor, scored with the referee's rules on named events (these sets
 * annotate no common-noun event). The floors sit a little under the figures measured when they were
 * set (see each assertion), so that only a big regression fails; raise them when extraction
 * improves. Skips when the shared data ({@code newsgraph.shared}) is absent.
 */
class EvaluationIT {

  /** The extractor of this test JVM, built on first use so that the models load once. */
  private static final class Holder {
    static final Extractor EXTRACTOR = Extractor.builder().build();
  }

  private static Path shared(String relative) {
    String root = System.getProperty("newsgraph.shared");
    assumeTrue(root != null, "system property newsgraph.shared is not set");
    Path p = Path.of(root, "data").resolve(relative);
    assumeTrue(Files.isRegularFile(p), "shared data set is absent: " + p);
    return p;
  }

  private static Report run(Dataset dataset, Path gold, int limit) {
    List<GoldDocument> docs = dataset.read(gold).subList(0, limit);
    Extractor extractor = Holder.EXTRACTOR;
    List<Document> system = new ArrayList<>();
    for (GoldDocument g : docs) {
      system.add(extractor.extract(g.id(), g.text()));
    }
    // DWIE and CrossNER annotate named events only: common-noun events ("the summit", issue 17)
    // are scored apart, as evaluate --named-events-only does
    return Scorer.score(dataset, docs, system, EventScope.NAMED);
  }

  private static double f1(Report r, String row) {
    return r.score(row).orElseThrow().f1();
  }

  @Test
  void dwie_firstFiveDevDocuments_stayAboveFloors() {
    Report r = run(Dataset.DWIE, shared("dwie/dev.json"), 5);

    // floors a little under the figures measured on 2026-11-27 at 53795a1: mentions micro 0.991,
    // PERSON 0.986, COUNTRY 1.000, CITY 1.000 (7 gold mentions), relations micro 0.583 (29 gold
    // relations; 0.229 in the first end-to-end slice)
    assertThat(r.documents()).isEqualTo(5);
    assertThat(r.mentionsMicro().f1()).isGreaterThan(0.95);
    assertThat(f1(r, "mention lenient PERSON")).isGreaterThan(0.95);
    assertThat(f1(r, "mention lenient COUNTRY")).isGreaterThan(0.97);
    assertThat(f1(r, "mention lenient CITY")).isGreaterThan(0.85);
    assertThat(r.relationsMicro().orElseThrow().f1()).isGreaterThan(0.50);
  }

  @Test
  void crossner_firstThirtyDevSentences_stayAboveFloors() {
    Report r = run(Dataset.CROSSNER, shared("crossner-politics/dev.txt"), 30);

    // floors a little under the figures measured on 2026-11-26 at 2e1f26c and again on 2026-11-27
    // at 53795a1: mentions micro 0.933, EVENT 0.979, PERSON 0.842 (10 gold mentions only, hence the
    // wide margin)
    assertThat(r.documents()).isEqualTo(30);
    assertThat(r.mentionsMicro().f1()).isGreaterThan(0.88);
    assertThat(f1(r, "mention lenient EVENT")).isGreaterThan(0.90);
    assertThat(f1(r, "mention lenient PERSON")).isGreaterThan(0.75);
  }
}
