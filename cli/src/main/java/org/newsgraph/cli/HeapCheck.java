package org.newsgraph.cli;

import java.util.Locale;
import java.util.Optional;
import org.newsgraph.Profile;

/**
 * The start-up check that the JVM has heap enough to load the models. Below it, building the
 * extractor fails only after minutes of garbage collection (docs/reliability.md: 1 GB fails after
 * 2.5 min, 1.25 GB works), so the tool checks {@link Runtime#maxMemory()} first and stops at once
 * with advice naming {@code -Xmx}.
 *
 * @param minimumBytes the smallest {@code maxMemory()} accepted
 * @param what what needs the heap, for the message ("the default extractor")
 * @param needs how much it needs, for the message ("about 1.25 GB")
 */
record HeapCheck(long minimumBytes, String what, String needs) {

  /**
   * The default extractor (every entity and relation type) loaded with {@code -Xmx1250m} and not
   * with {@code -Xmx1g}. The minimum sits under 1250 MB because {@code maxMemory()} reports less
   * than {@code -Xmx} under some collectors: for {@code -Xmx1250m}, 1250 MB with G1 (the default),
   * 1208 MB with the serial collector and 1111 MB with the parallel one; for {@code -Xmx1g} at most
   * 1024 MB.
   */
  static final HeapCheck DEFAULT_EXTRACTOR =
      new HeapCheck(1100L << 20, "the default extractor", "about 1.25 GB");

  /**
   * The default extractor with {@code Profile.FAST}: it loads with {@code -Xmx768m} (its live set
   * is about 0.5 GB, its peak about 0.7 GB; docs/performance.md, Heap per profile). The minimum
   * sits under 768 MB for the same reason as above.
   */
  static final HeapCheck FAST_EXTRACTOR =
      new HeapCheck(650L << 20, "the FAST extractor", "about 0.75 GB");

  /** Returns the check for the default extractor of this profile. */
  static HeapCheck of(Profile profile) {
    return profile == Profile.FAST ? FAST_EXTRACTOR : DEFAULT_EXTRACTOR;
  }

  /** Returns why {@code maxHeapBytes} is too small, or empty if it is enough. */
  Optional<String> problem(long maxHeapBytes) {
    if (maxHeapBytes >= minimumBytes) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "newsgraph needs %s of heap for %s, but the JVM has %d MB; run it with more, e.g."
                + " java -Xmx2g -jar newsgraph.jar ...",
            needs,
            what,
            maxHeapBytes >> 20));
  }
}
