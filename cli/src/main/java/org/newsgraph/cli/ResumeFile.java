package org.newsgraph.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a JSON Lines output file already holds, for {@code --resume}: the ids of its complete
 * records (documents and error records), and how many bytes of it are whole lines.
 *
 * <p>The tool writes one record and its newline per document and flushes it, so a run killed half
 * way leaves whole records followed by at most one cut-off last line (no newline). That line is not
 * a record: {@link #repair} cuts it off and its document is extracted again. A complete line that
 * is not a record means someone else wrote to the file, and resuming refuses it rather than guess.
 *
 * @param ids ids of the complete records, documents and errors
 * @param failedIds ids of the error records among them
 * @param wholeBytes length of the file's whole lines, in bytes
 * @param cutOffBytes length of the cut-off last line, 0 if the file ends with a newline
 */
record ResumeFile(Set<String> ids, Set<String> failedIds, long wholeBytes, long cutOffBytes) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  ResumeFile {
    ids = Set.copyOf(ids);
    failedIds = Set.copyOf(failedIds);
  }

  /** Thrown when a complete line of the file is not a record, so the file cannot be resumed. */
  static final class NotResumableException extends IOException {
    private static final long serialVersionUID = 1L;

    NotResumableException(String message) {
      super(message);
    }
  }

  /** Reads the records of {@code file}; a missing file holds none. */
  static ResumeFile read(Path file) throws IOException {
    Set<String> ids = new HashSet<>();
    Set<String> failed = new HashSet<>();
    long whole = 0;
    long lineNumber = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b;
      while ((b = in.read()) != -1) {
        if (b != '\n') {
          line.write(b);
          continue;
        }
        lineNumber++;
        String text = line.toString(StandardCharsets.UTF_8);
        long length = line.size() + 1L;
        line.reset();
        if (text.endsWith("\r")) {
          text = text.substring(0, text.length() - 1);
        }
        if (!text.isBlank()) {
          JsonNode record = parse(text);
          if (record == null) {
            throw new NotResumableException(
                String.format(
                    Locale.ROOT,
                    "cannot resume %s: line %d is not a JSON record with an \"id\"; remove that"
                        + " line, or write to a new file",
                    file,
                    lineNumber));
          }
          String id = record.get("id").asString();
          if (ids.add(id) && record.has("error")) {
            failed.add(id);
          }
        }
        whole += length;
      }
    } catch (NoSuchFileException e) {
      return new ResumeFile(Set.of(), Set.of(), 0, 0);
    }
    return new ResumeFile(ids, failed, whole, line.size());
  }

  private static @Nullable JsonNode parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject() && node.has("id") && node.get("id").isString()
          ? node
          : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Cuts {@code file} after its last whole line, if it ends with a cut-off one. */
  void repair(Path file) throws IOException {
    if (cutOffBytes == 0) {
      return;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(wholeBytes);
    }
  }
}
