/** Exporters: JSON (and further formats). */
@NullMarked
package org.newsgraph.io;

import org.jspecify.annotations.NullMarked;
