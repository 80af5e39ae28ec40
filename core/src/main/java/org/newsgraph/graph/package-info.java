/** The relation graph of a document: walk it or query it with {@link org.newsgraph.query.Patterns}. */
@NullMarked
package org.newsgraph.graph;

import org.jspecify.annotations.NullMarked;
