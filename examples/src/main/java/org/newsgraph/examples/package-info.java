/**
 * Small standalone programs to copy: each uses only the public API of {@code newsgraph-core}, and a
 * test runs each one on the real models.
 */
@NullMarked
package org.newsgraph.examples;

import org.jspecify.annotations.NullMarked;
