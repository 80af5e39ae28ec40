package org.newsgraph.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The documents of one benchmark run, read from jsonl files of {@code {"id","text"}} records. */
final class Corpus {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** One document. */
  record Text(String id, String text) {}

  private Corpus() {}

  /**
   * Reads documents in file order until {@code maxDocs} are read.
   *
   * @param maxChars if positive, cuts each text at the last sentence end (or, failing that, the
   *     last space) before this many characters, so that a run's length can be bounded
   */
  static ImmutableList<Text> read(List<Path> files, int maxDocs, int maxChars) throws IOException {
    checkArgument(!files.isEmpty(), "no corpus file given; pass --corpus FILE.jsonl");
    ImmutableList.Builder<Text> docs = ImmutableList.builder();
    int n = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null && n < maxDocs) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = JSON.readTree(line);
          JsonNode text = node.get("text");
          checkArgument(
              text != null && text.isString(),
              "%s line %s has no string field \"text\"; each line must be {\"id\":..,\"text\":..}",
              file,
              lineNo);
          String id =
              node.has("id") ? node.get("id").asString() : file.getFileName() + ":" + lineNo;
          docs.add(new Text(id, cut(text.asString(), maxChars)));
          n++;
        }
      }
    }
    return docs.build();
  }

  static String cut(String text, int maxChars) {
    if (maxChars <= 0 || text.length() <= maxChars) {
      return text;
    }
    String head = text.substring(0, maxChars);
    int end = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
    if (end > maxChars / 2) {
      return head.substring(0, end + 1);
    }
    int space = head.lastIndexOf(' ');
    return space > 0 ? head.substring(0, space) : head;
  }
}
