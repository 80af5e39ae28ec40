package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.Extractor;

/**
 * Throughput of the same documents on the plain single-JVM batch, Spark local[1] and local[2]; the
 * figures in docs/scaling.md. Run once, alone on the machine (see docs/scaling.md for the command).
 * Arguments: the CrossNER dev file and the number of sentences (default 200).
 */
final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    List<String> all = CrossNerSentences.read(file, n + 20);
    List<String> warmup = all.subList(n, all.size());
    List<String> texts = all.subList(0, n);
    long chars = texts.stream().mapToLong(String::length).sum();
    long tokens = texts.stream().mapToLong(t -> t.split(" ").length).sum();
    report(
        "corpus",
        0,
        String.format(Locale.ROOT, "%d documents, %d tokens, %d characters", n, tokens, chars));

    ExtractorConfig config = ExtractorConfig.all();
    long t0 = System.nanoTime();
    Extractor extractor = ExtractorHolder.get(config);
    extractor.extract("first", texts.get(0));
    report("time to first document (model load + 1 doc)", System.nanoTime() - t0, "");

    for (String w : warmup) {
      extractor.extract("warmup", w);
    }

    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      extractor.extract("d" + i, texts.get(i));
    }
    report("single JVM, 1 thread", System.nanoTime() - t0, rate(n, tokens, System.nanoTime() - t0));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "d" + i;
      String text = texts.get(i);
      futures.add(pool.submit(() -> extractor.extract(id, text)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long parallel = System.nanoTime() - t0;
    report("single JVM, 2 threads (one shared extractor)", parallel, rate(n, tokens, parallel));
    pool.shutdown();

    for (String master : List.of("local[1]", "local[2]")) {
      SparkSession spark = LocalSpark.start(master);
      StructType schema =
          new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rows.add(RowFactory.create("d" + i, texts.get(i)));
      }
      Dataset<Row> articles = spark.createDataFrame(rows, schema).repartition(8).cache();
      articles.count();
      t0 = System.nanoTime();
      ExtractedCorpus corpus = SparkExtractor.builder(config).build().extract(articles);
      long entities = corpus.entities().count();
      long relations = corpus.relations().count();
      long elapsed = System.nanoTime() - t0;
      report(
          "spark " + master,
          elapsed,
          rate(n, tokens, elapsed)
              + String.format(Locale.ROOT, " (%d entities, %d relations)", entities, relations));
      corpus.documents().unpersist();
      spark.stop();
    }
  }

  private static String rate(int docs, long tokens, long nanos) {
    double s = nanos / 1e9;
    return String.format(Locale.ROOT, "%.1f docs/s, %.0f tokens/s", docs / s, tokens / s);
  }

  private static void report(String what, long nanos, String detail) {
    System.out.printf(Locale.ROOT, "%-46s %8.1f s  %s%n", what, nanos / 1e9, detail);
  }
}
