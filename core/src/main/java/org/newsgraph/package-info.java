/**
 * NewsGraph: extract a typed relation graph with evidence from English news. Start with {@link
 * org.newsgraph.Extractor}.
 */
@NullMarked
package org.newsgraph;

import org.jspecify.annotations.NullMarked;
