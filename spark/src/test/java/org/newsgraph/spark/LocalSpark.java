package org.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/** Local Spark sessions for tests and the benchmark: loopback only, no UI. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("newsgraph-test")
        // never bind to a public interface, and never ask DNS for this host's name
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
