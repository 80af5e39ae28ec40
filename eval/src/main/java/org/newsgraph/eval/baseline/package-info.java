/**
 * Baseline extractors built directly on Stanford CoreNLP (its NER mentions as entities; its KBP
 * relations mapped to ours), so that the evaluation tool can compare NewsGraph with the engine it
 * is built on, on the same documents and with the same scorer. Part of the evaluation module, not
 * of the library; the only package of this module that names CoreNLP.
 */
@NullMarked
package org.newsgraph.eval.baseline;

import org.jspecify.annotations.NullMarked;
