package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import org.newsgraph.Extractor;

/**
 * The command-line tool run in the test JVM on one default extractor shared by every model-backed
 * test of this module, so the models load once; or on none, for the tests that must not load the
 * models.
 */
final class InProcessCli {

  private InProcessCli() {}

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  private static final class Holder {
    static final Extractor INSTANCE = Extractor.builder().build();
  }

  /** Returns the shared default extractor, building it on first use. */
  static Extractor extractor() {
    return Holder.INSTANCE;
  }

  /** Runs the tool with these arguments, empty standard input and captured output. */
  static Run run(String... args) {
    return run(InProcessCli::extractor, args);
  }

  /**
   * Runs the tool where it must not need an extractor (wrong options, nothing left to do): building
   * one fails the test with {@code why}. Loads no model.
   */
  static Run runWithoutModels(String why, String... args) {
    return run(
        () -> {
          throw new AssertionError(why);
        },
        args);
  }

  private static Run run(Supplier<Extractor> extractor, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    NewsGraphCli cli =
        new NewsGraphCli(
            extractor,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    int exit = NewsGraphCli.commandLine(cli).execute(args);
    return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
  }
}
