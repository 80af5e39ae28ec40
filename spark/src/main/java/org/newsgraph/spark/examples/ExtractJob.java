package org.newsgraph.spark.examples;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.spark.ExtractedCorpus;
import org.newsgraph.spark.ExtractorConfig;
import org.newsgraph.spark.SparkExtractor;

/**
 * Reads a JSON Lines corpus of {@code {"id": ..., "text": ...}} articles and writes Parquet tables
 * of their entities, relations and errors.
 *
 * <pre>
 * spark-submit --class org.newsgraph.spark.examples.ExtractJob ... newsgraph-spark.jar \
 *     corpus.jsonl out/
 * </pre>
 *
 * writes {@code out/entities}, {@code out/relations} and {@code out/errors}. See {@code
 * docs/scaling.md} for the whole command line.
 */
public final class ExtractJob {

  private ExtractJob() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ExtractJob <corpus.jsonl> <output directory>");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("newsgraph-extract").getOrCreate();
    try {
      // one article per line; the schema is given so that a corpus of one line still works
      Dataset<Row> articles = spark.read().schema("id STRING, text STRING").json(args[0]);
      ExtractedCorpus corpus =
          SparkExtractor.builder(ExtractorConfig.all()).build().extract(articles);
      String out = args[1];
      corpus.entities().write().mode(SaveMode.Overwrite).parquet(out + "/entities");
      corpus.relations().write().mode(SaveMode.Overwrite).parquet(out + "/relations");
      corpus.errors().write().mode(SaveMode.Overwrite).parquet(out + "/errors");
      corpus.documents().unpersist();
    } finally {
      spark.stop();
    }
  }
}
