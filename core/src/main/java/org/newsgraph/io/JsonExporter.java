package org.newsgraph.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * Writes documents as JSON in NewsGraph's document shape (see {@code docs/json.md}):
 *
 * <pre>
 * {"id", "text", "sentences":[{"index","begin","end"}],
 *  "entities":[{"id","type","name","code"?,"value"?,"eventClass"?,"named"?,
 *               "mentions":[{"text","begin","end","sentence"}]}],
 *  "relations":[{"type","subject","object","confidence","modality","attributes":{},
 *                "evidence":[{"sentence","begin","end","text","foundBy"}]}]}
 * </pre>
 *
 * <p>Offsets are Java {@code String} indices into {@code text}, end exclusive; {@code subject} and
 * {@code object} are entity ids. Output is deterministic: the same document always gives the same
 * bytes. Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = JsonExporter.toJson(doc);
 * }</pre>
 */
public final class JsonExporter {

  private JsonExporter() {}

  /** Returns the document as one line of JSON. */
  public static String toJson(Document doc) {
    StringBuilder sb = new StringBuilder(doc.text().length() * 3 + 256);
    write(doc, sb);
    return sb.toString();
  }

  /** Returns the documents as a JSON array, one document per line. */
  public static String toJsonArray(List<Document> docs) {
    requireNonNull(docs, "docs");
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < docs.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n");
      write(docs.get(i), sb);
    }
    return sb.append("\n]").toString();
  }

  /**
   * Appends the document as one line of JSON.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public static void write(Document doc, Appendable out) {
    requireNonNull(doc, "doc");
    requireNonNull(out, "out");
    try {
      out.append("{\"id\":").append(quote(doc.id()));
      out.append(",\"text\":").append(quote(doc.text()));
      out.append(",\"sentences\":[");
      for (int i = 0; i < doc.sentences().size(); i++) {
        var s = doc.sentences().get(i);
        out.append(i == 0 ? "" : ",")
            .append("{\"index\":").append(Integer.toString(s.index()))
            .append(",\"begin\":").append(Integer.toString(s.span().begin()))
            .append(",\"end\":").append(Integer.toString(s.span().end())).append('}');
      }
      out.append("],\"entities\":[");
      for (int i = 0; i < doc.entities().size(); i++) {
        Entity e = doc.entities().get(i);
        out.append(i == 0 ? "" : ",").append("{\"id\":").append(quote(e.id()))
            .append(",\"type\":").append(quote(e.type().name()))
            .append(",\"name\":").append(quote(e.name()));
        if (e.code().isPresent()) {
          out.append(",\"code\":").append(quote(e.code().get()));
        }
        if (e.value().isPresent()) {
          out.append(",\"value\":").append(quote(e.value().get()));
        }
        if (e.type().equals(EntityType.EVENT)) {
          if (e.eventClass().isPresent()) {
            out.append(",\"eventClass\":").append(quote(e.eventClass().get().name()));
          }
          out.append(",\"named\":").append(e.isNamed() ? "true" : "false");
        }
        out.append(",\"mentions\":[");
        for (int j = 0; j < e.mentions().size(); j++) {
          Mention m = e.mentions().get(j);
          out.append(j == 0 ? "" : ",").append("{\"text\":").append(quote(m.text()))
              .append(",\"begin\":").append(Integer.toString(m.begin()))
              .append(",\"end\":").append(Integer.toString(m.end()))
              .append(",\"sentence\":").append(Integer.toString(m.sentence())).append('}');
        }
        out.append("]}");
      }
      out.append("],\"relations\":[");
      for (int i = 0; i < doc.relations().size(); i++) {
        Relation r = doc.relations().get(i);
        out.append(i == 0 ? "" : ",").append("{\"type\":").append(quote(r.type().name()))
            .append(",\"subject\":").append(quote(r.subject().id()))
            .append(",\"object\":").append(quote(r.object().id()))
            .append(",\"confidence\":").append(String.format(Locale.ROOT, "%.3f", r.confidence()))
            .append(",\"modality\":").append(quote(r.modality().name()));
        if (r.title().isPresent()) {
          out.append(",\"title\":").append(quote(r.title().get()))
              .append(",\"tenure\":").append(quote(r.tenure().name()));
        }
        out.append(",\"attributes\":{");
        int k = 0;
        for (Map.Entry<String, String> a : r.attributes().entrySet()) {
          out.append(k++ == 0 ? "" : ",").append(quote(a.getKey())).append(':').append(quote(a.getValue()));
        }
        out.append("},\"evidence\":[");
        for (int j = 0; j < r.evidence().size(); j++) {
          Evidence ev = r.evidence().get(j);
          out.append(j == 0 ? "" : ",").append("{\"sentence\":").append(Integer.toString(ev.sentence()))
              .append(",\"begin\":").append(Integer.toString(ev.span().begin()))
              .append(",\"end\":").append(Integer.toString(ev.span().end()))
              .append(",\"text\":").append(quote(ev.text()))
              .append(",\"foundBy\":").append(quote(ev.foundBy())).append('}');
        }
        out.append("]}");
      }
      out.append("]}");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write document '" + doc.id() + "' as JSON", e);
    }
  }

  /** Returns the string as a JSON string literal. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
