/**
 * NewsGraph on Apache Spark: extract entity and relation tables from corpora too large for one
 * machine. Start with {@link org.newsgraph.spark.SparkExtractor}; see {@code docs/scaling.md}.
 */
@NullMarked
package org.newsgraph.spark;

import org.jspecify.annotations.NullMarked;
