package org.newsgraph.internal.pipeline;

import java.util.Collection;

/**
 * The dependency parse of an annotated document, run later and only on the sentences that need it:
 * the parser is the most expensive step left (docs/performance.md), and a sentence with no entity
 * that a relation could connect gives no relation, parsed or not.
 */
@FunctionalInterface
interface DeferredParse {

  /** Parses these sentences of the document and sets their dependency edges. */
  void parse(Collection<Sent> sentences);
}
