/**
 * The NewsGraph benchmark: tokens per second, time to ready and peak heap of NewsGraph's profiles
 * against CoreNLP's own pipelines, on the same documents, one forked JVM per configuration. Start
 * with {@link org.newsgraph.benchmark.ThroughputCommand}.
 */
@NullMarked
package org.newsgraph.benchmark;

import org.jspecify.annotations.NullMarked;
