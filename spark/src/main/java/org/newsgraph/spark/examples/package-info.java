/** Runnable Spark jobs that use the public API of the Spark module. */
@NullMarked
package org.newsgraph.spark.examples;

import org.jspecify.annotations.NullMarked;
