package org.newsgraph.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the command line's inputs: text files, directories of *.txt, .jsonl files and stdin. */
final class Inputs {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private Inputs() {}

  /** Thrown for an input that cannot be read; the message names it. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
      super(message, cause);
    }

    InputException(String message) {
      super(message);
    }
  }

  static List<InputDocument> read(String arg) throws InputException {
    if (arg.equals("-")) {
      return List.of(new InputDocument("stdin", readStream(System.in, "standard input")));
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      List<InputDocument> docs = new ArrayList<>();
      try (Stream<Path> files = Files.walk(p)) {
        for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
          docs.add(new InputDocument(p.relativize(f).toString(), readFile(f)));
        }
      } catch (IOException e) {
        throw new InputException("cannot read directory " + arg + ": " + e.getMessage(), e);
      }
      return docs;
    }
    if (arg.endsWith(".jsonl")) {
      return readJsonl(p);
    }
    return List.of(new InputDocument(p.getFileName().toString(), readFile(p)));
  }

  static String readFile(Path p) throws InputException {
    try (InputStream in = Files.newInputStream(p)) {
      return readStream(in, p.toString());
    } catch (NoSuchFileException e) {
      throw new InputException("cannot read " + p + ": no such file", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static String readStream(InputStream in, String name) throws InputException {
    try {
      byte[] bytes = in.readAllBytes();
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read " + name + ": it is not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static List<InputDocument> readJsonl(Path p) throws InputException {
    List<InputDocument> docs = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (RuntimeException e) {
          throw new InputException(p + " line " + n + ": not a JSON object: " + e.getMessage(), e);
        }
        if (!node.isObject() || !node.has("text") || !node.get("text").isString()) {
          throw new InputException(p + " line " + n + ": expected {\"id\": ..., \"text\": \"...\"}");
        }
        String id = node.has("id") ? node.get("id").asString() : p.getFileName() + ":" + n;
        docs.add(new InputDocument(id, node.get("text").asString()));
      }
    } catch (NoSuchFileException e) {
      throw new InputException("cannot read " + p + ": no such file", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + p + ": " + e.getMessage(), e);
    }
    return docs;
  }
}
