/** Exporters: JSON and JSON Lines, GraphML and Graphviz DOT, for a document or a merged batch. */
@NullMarked
package org.newsgraph.io;

import org.jspecify.annotations.NullMarked;
