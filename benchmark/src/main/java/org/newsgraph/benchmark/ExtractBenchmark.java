package org.newsgraph.benchmark;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path under JMH: one news paragraph through a built extractor, per profile. Loading the
 * models is left out (it is the throughput command's "ready" figure).
 *
 * <pre>
 * java -Xmx3g -cp 'benchmark/target/newsgraph-benchmark-0.1.0-SNAPSHOT.jar:benchmark/target/lib/*' \
 *     org.openjdk.jmh.Main ExtractBenchmark -p profile=FAST
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ExtractBenchmark {

  /** A made-up paragraph with people, titles, countries, a city, an event and a date. */
  static final String PARAGRAPH =
      "Chilean President Gabriel Boric arrived in Rio de Janeiro on Monday to attend the G20"
          + " summit, where he met German Chancellor Olaf Scholz. Brazil hosts the summit on 18"
          + " November 2024. Boric said the talks with Scholz covered lithium exports and trade"
          + " between Chile and the European Union.";

  @Param({"FAST", "BALANCED"})
  public String profile = "BALANCED";

  // set by load(); JMH calls it before any measurement
  private @Nullable Extractor extractor;

  @Setup(Level.Trial)
  public void load() {
    extractor = Extractor.builder().profile(Profile.valueOf(profile)).build();
  }

  @Benchmark
  public Document extract() {
    return requireNonNull(extractor, "extractor").extract(PARAGRAPH);
  }
}
