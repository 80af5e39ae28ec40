package org.newsgraph.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.newsgraph.Extractor;

/**
 * One {@link Extractor} per executor JVM and configuration, built on first use.
 *
 * <p>This is the one static cache in NewsGraph, and Spark leaves no other choice: an extractor
 * holds gigabytes of models and cannot be serialized or broadcast, Spark creates no per-executor
 * object a job can hook into, and building one per task or partition would reload the models (about
 * 20 seconds) every time. So tasks look it up here by their serializable {@link ExtractorConfig};
 * concurrent tasks of one executor share it, which is safe because an extractor is thread-safe.
 * Entries live as long as the executor JVM, which is what Spark executors are for.
 */
final class ExtractorHolder {

  private static final ConcurrentMap<ExtractorConfig, Supplier<Extractor>> EXTRACTORS =
      new ConcurrentHashMap<>();

  private ExtractorHolder() {}

  /** Returns this JVM's extractor for the configuration, building it if this is the first call. */
  static Extractor get(ExtractorConfig config) {
    // memoize outside computeIfAbsent: other configurations are not blocked while models load
    return requireNonNull(
        requireNonNull(EXTRACTORS.computeIfAbsent(config, c -> Suppliers.memoize(c::newExtractor)))
            .get());
  }
}
