package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON reader for gold files and predictions, so that the core library needs no JSON
 * dependency. Objects become {@link LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link
 * Long} or {@link Double}. Not thread-safe; one instance reads one text.
 */
final class Json {

  private final String s;
  private int pos;

  private Json(String s) {
    this.s = s;
  }

  /**
   * Parses one JSON value.
   *
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  static @Nullable Object parse(String text) {
    Json j = new Json(text);
    j.ws();
    Object v = j.value();
    j.ws();
    if (j.pos != j.s.length()) {
      throw j.error("expected the end of the input");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(@Nullable Object o, String what) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException(what + " should be a JSON object, but was " + kind(o));
    }
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(@Nullable Object o, String what) {
    if (!(o instanceof List)) {
      throw new IllegalArgumentException(what + " should be a JSON array, but was " + kind(o));
    }
    return (List<Object>) o;
  }

  static String string(@Nullable Object o, String what) {
    if (!(o instanceof String)) {
      throw new IllegalArgumentException(what + " should be a JSON string, but was " + kind(o));
    }
    return (String) o;
  }

  static int integer(@Nullable Object o, String what) {
    if (!(o instanceof Long)) {
      throw new IllegalArgumentException(what + " should be a JSON integer, but was " + kind(o));
    }
    return Math.toIntExact((Long) o);
  }

  static double number(@Nullable Object o, String what) {
    if (!(o instanceof Number)) {
      throw new IllegalArgumentException(what + " should be a JSON number, but was " + kind(o));
    }
    return ((Number) o).doubleValue();
  }

  private static String kind(@Nullable Object o) {
    return o == null ? "null" : o.getClass().getSimpleName();
  }

  private @Nullable Object value() {
    if (pos >= s.length()) {
      throw error("unexpected end of the input");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return obj();
      case '[':
        return arr();
      case '"':
        return str();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        literal("null", Boolean.TRUE);
        return null;
      default:
        return num();
    }
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
    return v;
  }

  private Map<String, Object> obj() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    ws();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw error("expected a key");
      }
      String k = str();
      ws();
      expect(':');
      ws();
      m.put(k, value());
      ws();
      char c = next();
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> arr() {
    List<Object> l = new ArrayList<>();
    pos++;
    ws();
    if (peek() == ']') {
      pos++;
      return l;
    }
    while (true) {
      ws();
      l.add(value());
      ws();
      char c = next();
      if (c == ']') {
        return l;
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String str() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'u':
          if (pos + 4 > s.length()) {
            throw error("bad \\u escape");
          }
          sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        default:
          sb.append(e);
      }
    }
  }

  private Object num() {
    int start = pos;
    boolean real = false;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '.' || c == 'e' || c == 'E') {
        real = true;
      } else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
        break;
      }
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character '" + s.charAt(pos) + "'");
    }
    String n = s.substring(start, pos);
    return real ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
  }

  private void ws() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= s.length()) {
      throw error("unexpected end of the input");
    }
    return s.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("malformed JSON at character " + pos + ": " + what);
  }
}
