/**
 * The relation graph of a document ({@link org.newsgraph.graph.RelationGraph}: walk it or query it
 * with {@link org.newsgraph.query.Patterns}) and of a merged batch ({@link
 * org.newsgraph.graph.CorpusGraph}).
 */
@NullMarked
package org.newsgraph.graph;

import org.jspecify.annotations.NullMarked;
