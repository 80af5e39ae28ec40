package org.newsgraph.spark;

import java.util.Locale;
import org.newsgraph.Document;
import org.newsgraph.Extractor;

/**
 * Time to first document in a fresh JVM: what an executor pays before its first article. Run it
 * with the full models jar and with a slim one on the class path (docs/scaling.md).
 */
final class StartupProbe {

  private StartupProbe() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    Extractor extractor = ExtractorConfig.all().newExtractor();
    long loaded = System.nanoTime();
    Document doc =
        extractor.extract(
            "probe", "Chilean President Gabriel Boric will attend the G20 summit in Rio.");
    long done = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "models loaded in %.1f s, first document after %.1f s: %s%n",
        (loaded - t0) / 1e9,
        (done - t0) / 1e9,
        doc);
  }
}
