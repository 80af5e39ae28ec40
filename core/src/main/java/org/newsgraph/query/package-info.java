/** The typed query DSL; {@link org.newsgraph.query.Patterns} documents it in one table. */
@NullMarked
package org.newsgraph.query;

import org.jspecify.annotations.NullMarked;
