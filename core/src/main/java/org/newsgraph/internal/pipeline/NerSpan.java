package org.newsgraph.internal.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * A named-entity span found by CoreNLP: token range {@code [begin, end)} within its sentence, its
 * tag (PERSON, COUNTRY, NATIONALITY, CITY, DATE, ...) and, for times, its normalized value.
 */
record NerSpan(int begin, int end, String tag, @Nullable String normalized) {}
