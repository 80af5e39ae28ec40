package org.newsgraph.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Short test documents: sentences of the CrossNER politics dev set, tokens joined by spaces. The
 * data set is read from {@code ${newsgraph.shared}/data} and never copied into the repository.
 */
final class CrossNerSentences {

  private CrossNerSentences() {}

  /** Returns the path of the dev set, or skips the test when the shared data is absent. */
  static Path devSetOrSkip() {
    String shared = System.getProperty("newsgraph.shared", "../../shared");
    Path path = Path.of(shared, "data", "crossner-politics", "dev.txt");
    assumeTrue(Files.isRegularFile(path), "shared data set not found at " + path);
    return path;
  }

  /** Returns the first {@code n} sentences of a CrossNER file (or all, if it has fewer). */
  static List<String> read(Path path, int n) {
    List<String> sentences = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (current.length() > 0) {
            sentences.add(current.toString());
            current.setLength(0);
            if (sentences.size() == n) {
              return sentences;
            }
          }
          continue;
        }
        String token = line.split("\t", -1)[0];
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(token);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (current.length() > 0 && sentences.size() < n) {
      sentences.add(current.toString());
    }
    return sentences;
  }
}
