/**
 * The {@code newsgraph} command-line tool ({@code cli/target/newsgraph.jar}): extraction of files,
 * folders and JSON Lines to every output format, {@code explain}, {@code evaluate} and {@code
 * throughput}. Not a library API: its classes may change without notice.
 */
@NullMarked
package org.newsgraph.cli;

import org.jspecify.annotations.NullMarked;
