/**
 * Not API: may change without notice. Baseline extractors built directly on Stanford CoreNLP (its
 * NER mentions as entities; its KBP relations mapped to ours), so that the evaluation tool can
 * compare NewsGraph with the engine it is built on, on the same documents and with the same scorer.
 */
@NullMarked
package org.newsgraph.internal.baseline;

import org.jspecify.annotations.NullMarked;
