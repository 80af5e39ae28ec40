/**
 * Row classes of the Spark module's datasets. Not API: they may change without notice.
 *
 * <p>They are mutable JavaBeans, not records, because Spark's bean encoders need a public no-arg
 * constructor and setters (Spark 4 does not encode Java records). Users read the datasets as {@code
 * Dataset<Row>} with the documented columns.
 */
@NullUnmarked
package org.newsgraph.spark.internal;

import org.jspecify.annotations.NullUnmarked;
