package org.newsgraph.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.SkipReason;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads documents back from the JSON that {@link JsonExporter} and the command-line tool write (the
 * shape of {@code docs/json.md}): {@code read(JsonExporter.toJson(doc))} equals {@code doc}.
 *
 * <p>Entity and relation types that are not built in are read as user-defined ones ({@link
 * EntityType#custom}, {@link RelationType#custom} with the types of the relation's two ends).
 * Stateless and thread-safe. It parses with Jackson's streaming parser ({@code jackson-core}, the
 * only JSON library the core depends on).
 *
 * <pre>{@code
 * Document doc = JsonReader.read(Files.readString(Path.of("article.json")));
 * List<Document> batch = JsonReader.readAll(Files.readString(Path.of("batch.jsonl")));
 * }</pre>
 */
public final class JsonReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReader() {}

  /**
   * Returns the document of one JSON object.
   *
   * @throws IllegalArgumentException if the text is not JSON, not one object, or not in the
   *     document shape; the message names the field
   */
  public static Document read(String json) {
    requireNonNull(json, "json");
    Object value = parseOne(json);
    return document(object(value, "the document"));
  }

  /**
   * Returns the documents of a JSON array (the command line's {@code --format json} with several
   * inputs) or of JSON lines, one document per line ({@code --format jsonl}); blank lines are
   * skipped.
   *
   * @throws IllegalArgumentException if the text is not in either form, or a line is a document
   *     that failed ({@code {"id": ..., "error": ...}}); the message names the document
   */
  public static ImmutableList<Document> readAll(String json) {
    requireNonNull(json, "json");
    ImmutableList.Builder<Document> out = ImmutableList.builder();
    if (json.strip().startsWith("[")) {
      List<?> array = list(parseOne(json), "the array");
      for (int i = 0; i < array.size(); i++) {
        out.add(document(object(array.get(i), "element " + i)));
      }
      return out.build();
    }
    String[] lines = json.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        try {
          out.add(document(object(parseOne(lines[i]), "the document")));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return out.build();
  }

  private static Object parseOne(String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("cannot read document JSON: the text is empty");
      }
      Object value = value(p, first);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException(
            "cannot read document JSON: the text holds more than one value; give one document, or"
                + " use readAll for an array or JSON lines");
      }
      return value;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot read document JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A JSON value as a map, list, string, number, boolean or {@link #NULL}. */
  private static Object value(JsonParser p, JsonToken token) {
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          list.add(value(p, t));
        }
        return list;
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalArgumentException("cannot read document JSON: unexpected " + token);
    }
  }

  /** JSON's null, which no field of the document shape holds. */
  private static final Object NULL = new Object();

  private static Document document(Map<String, Object> json) {
    String id = string(json, "id", "the document");
    if (json.containsKey("error")) {
      throw new IllegalArgumentException(
          "document '"
              + id
              + "' is a failure record, not a document (error: "
              + string(json, "error", "document " + id)
              + "); leave out the lines with an \"error\" field");
    }
    String where = "document '" + id + "'";
    String text = string(json, "text", where);
    if (json.containsKey("skipped")) {
      return Document.skipped(
          id, text, enumValue(SkipReason.class, string(json, "skipped", where), where));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Map<String, Object> s : objects(json, "sentences", where)) {
      int begin = integer(s, "begin", where + ", a sentence");
      int end = integer(s, "end", where + ", a sentence");
      sentences.add(
          new Sentence(
              integer(s, "index", where + ", a sentence"),
              new TextSpan(begin, end),
              substring(text, begin, end, where + ", a sentence")));
    }
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (Map<String, Object> e : objects(json, "entities", where)) {
      Entity entity = entity(e, where);
      entities.put(entity.id(), entity);
    }
    List<Relation> relations = new ArrayList<>();
    for (Map<String, Object> r : objects(json, "relations", where)) {
      relations.add(relation(r, entities, where));
    }
    return Document.of(id, text, sentences, entities.values(), relations);
  }

  private static Entity entity(Map<String, Object> e, String document) {
    String id = string(e, "id", document + ", an entity");
    String where = document + ", entity " + id;
    Entity.Builder b =
        Entity.builder(id, entityType(string(e, "type", where)), string(e, "name", where));
    if (e.containsKey("code")) {
      b.code(string(e, "code", where));
    }
    if (e.containsKey("value")) {
      b.value(string(e, "value", where));
    }
    if (e.containsKey("eventClass")) {
      b.eventClass(enumValue(EventClass.class, string(e, "eventClass", where), where));
    }
    if (e.containsKey("named")) {
      b.named(bool(e, "named", where));
    }
    for (Map<String, Object> m : objects(e, "mentions", where)) {
      b.mention(
          new Mention(
              string(m, "text", where + ", a mention"),
              new TextSpan(integer(m, "begin", where), integer(m, "end", where)),
              integer(m, "sentence", where)));
    }
    return b.build();
  }

  private static Relation relation(
      Map<String, Object> r, Map<String, Entity> entities, String document) {
    String type = string(r, "type", document + ", a relation");
    String where = document + ", relation " + type;
    Entity subject = endpoint(entities, string(r, "subject", where), where);
    Entity object = endpoint(entities, string(r, "object", where), where);
    Map<String, String> attributes = new LinkedHashMap<>();
    Object attrs = r.get("attributes");
    if (attrs != null) {
      object(attrs, where + ", attributes")
          .forEach((k, v) -> attributes.put(k, text(v, where + ", attribute " + k)));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Map<String, Object> ev : objects(r, "evidence", where)) {
      evidence.add(
          new Evidence(
              integer(ev, "sentence", where + ", evidence"),
              new TextSpan(integer(ev, "begin", where), integer(ev, "end", where)),
              string(ev, "text", where + ", evidence"),
              string(ev, "foundBy", where + ", evidence")));
    }
    return new Relation(
        relationType(type, subject.type(), object.type()),
        subject,
        object,
        number(r, "confidence", where),
        enumValue(Modality.class, string(r, "modality", where), where),
        attributes,
        evidence);
  }

  private static Entity endpoint(Map<String, Entity> entities, String id, String where) {
    Entity e = entities.get(id);
    if (e == null) {
      throw new IllegalArgumentException(
          where + " names entity '" + id + "', which the document does not have");
    }
    return e;
  }

  private static EntityType entityType(String name) {
    return EntityType.builtIn().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseGet(() -> EntityType.custom(name));
  }

  private static RelationType relationType(String name, EntityType subject, EntityType object) {
    return RelationType.builtIn().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseGet(
            () -> RelationType.custom(name, ImmutableSet.of(subject), ImmutableSet.of(object)));
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + ": '"
              + name
              + "' is no "
              + type.getSimpleName()
              + "; expected one of "
              + List.of(type.getEnumConstants()),
          e);
    }
  }

  private static String substring(String text, int begin, int end, String where) {
    if (begin < 0 || begin > end || end > text.length()) {
      throw new IllegalArgumentException(
          where
              + ": span ["
              + begin
              + ", "
              + end
              + ") lies outside the text of "
              + text.length()
              + " characters");
    }
    return text.substring(begin, end);
  }

  private static Object field(Map<String, Object> json, String name, String where) {
    Object v = json.get(name);
    if (v == null || v == NULL) {
      throw new IllegalArgumentException(where + " has no \"" + name + "\"");
    }
    return v;
  }

  private static String string(Map<String, Object> json, String name, String where) {
    return text(field(json, name, where), where + ", \"" + name + "\"");
  }

  private static String text(@Nullable Object v, String where) {
    if (!(v instanceof String)) {
      throw new IllegalArgumentException(where + " must be a string, but was " + describe(v));
    }
    return (String) v;
  }

  private static int integer(Map<String, Object> json, String name, String where) {
    Object v = field(json, name, where);
    if (!(v instanceof Integer)) {
      throw new IllegalArgumentException(
          where + ", \"" + name + "\" must be an integer, but was " + describe(v));
    }
    return (Integer) v;
  }

  private static double number(Map<String, Object> json, String name, String where) {
    Object v = field(json, name, where);
    if (!(v instanceof Number)) {
      throw new IllegalArgumentException(
          where + ", \"" + name + "\" must be a number, but was " + describe(v));
    }
    return ((Number) v).doubleValue();
  }

  private static boolean bool(Map<String, Object> json, String name, String where) {
    Object v = field(json, name, where);
    if (!(v instanceof Boolean)) {
      throw new IllegalArgumentException(
          where + ", \"" + name + "\" must be true or false, but was " + describe(v));
    }
    return (Boolean) v;
  }

  private static List<Map<String, Object>> objects(
      Map<String, Object> json, String name, String where) {
    List<?> list = list(field(json, name, where), where + ", \"" + name + "\"");
    List<Map<String, Object>> out = new ArrayList<>(list.size());
    for (Object o : list) {
      out.add(object(o, where + ", an element of \"" + name + "\""));
    }
    return out;
  }

  @SuppressWarnings("unchecked") // value() builds every object as a Map<String, Object>
  private static Map<String, Object> object(@Nullable Object v, String where) {
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException(where + " must be a JSON object, but was " + describe(v));
    }
    return (Map<String, Object>) v;
  }

  private static List<?> list(@Nullable Object v, String where) {
    if (!(v instanceof List)) {
      throw new IllegalArgumentException(where + " must be a JSON array, but was " + describe(v));
    }
    return (List<?>) v;
  }

  private static String describe(@Nullable Object v) {
    if (v == null || v == NULL) {
      return "null";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    return v instanceof String ? "'" + v + "'" : v.toString();
  }
}
