/**
 * Not API: the extraction stages and the Stanford CoreNLP adapter. Everything here may change
 * without notice; only {@link org.newsgraph.internal.pipeline.Pipeline} is public, for {@link
 * org.newsgraph.Extractor}.
 */
@NullMarked
package org.newsgraph.internal.pipeline;

import org.jspecify.annotations.NullMarked;
