package org.newsgraph.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Extractor;
import org.newsgraph.Profile;
import org.newsgraph.rules.Gazetteer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The command-line options that add the user's own rules and gazetteers to the extractor (issue 7):
 * {@code --rules FILE} and {@code --gazetteer FILE}, each repeatable. See docs/rules.md for the
 * file formats.
 */
final class RuleOptions {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Add the relation rules in FILE, one per line, e.g. 'MEETS(PERSON, PERSON): verb meet' or"
              + " 'MAYOR_OF(PERSON, CITY): title mayor'"
              + " (repeatable; see docs/rules.md).")
  private List<Path> rules = new ArrayList<>();

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Add the phrase list in FILE: a 'type: NAME' line, then 'name | alias | ...' lines"
              + " (repeatable; see docs/rules.md).")
  private List<Path> gazetteers = new ArrayList<>();

  /** Whether no rule or gazetteer was given, so the default extractor serves. */
  boolean isEmpty() {
    return rules.isEmpty() && gazetteers.isEmpty();
  }

  /**
   * Builds an extractor with the given files and character limit; a malformed file is a usage error
   * naming it.
   */
  Extractor extractor(@Nullable CommandSpec spec, int maxCharacters) {
    return extractor(spec, maxCharacters, Profile.BALANCED);
  }

  /** Builds an extractor with the given files, character limit and profile; see above. */
  Extractor extractor(@Nullable CommandSpec spec, int maxCharacters, Profile profile) {
    try {
      Extractor.Builder b = Extractor.builder().maxCharacters(maxCharacters).profile(profile);
      for (Path g : gazetteers) {
        b.gazetteer(Gazetteer.fromFile(g));
      }
      for (Path r : rules) {
        b.rules(r);
      }
      return b.build();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      if (spec == null) {
        throw e;
      }
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
    }
  }
}
