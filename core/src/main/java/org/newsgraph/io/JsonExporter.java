package org.newsgraph.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.graph.CorpusEntity;
import org.newsgraph.graph.CorpusEvidence;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.graph.CorpusRelation;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * Writes documents as JSON in NewsGraph's document shape (see {@code docs/json.md}):
 *
 * <pre>
 * {"id", "text", "skipped"?, "sentences":[{"index","begin","end"}],
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

  /** Returns the document as JSON on one line, without a line break at the end. */
  public static String toJson(Document doc) {
    requireNonNull(doc, "doc");
    StringBuilder sb = new StringBuilder(doc.text().length() * 3 + 256);
    append(doc, sb);
    return sb.toString();
  }

  /** Returns the documents as a JSON array, one document per line. */
  public static String toJsonArray(List<Document> docs) {
    requireNonNull(docs, "docs");
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < docs.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n");
      append(docs.get(i), sb);
    }
    return sb.append("\n]").toString();
  }

  /**
   * Appends the document as one line of JSON, line break included, so that documents written one
   * after the other make a JSON lines file.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public static void write(Document doc, Appendable out) {
    requireNonNull(doc, "doc");
    requireNonNull(out, "out");
    append(doc, out);
    try {
      out.append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write document '" + doc.id() + "' as JSON", e);
    }
  }

  private static void append(Document doc, Appendable out) {
    try {
      out.append("{\"id\":").append(quote(doc.id()));
      out.append(",\"text\":").append(quote(doc.text()));
      if (doc.skipReason().isPresent()) {
        out.append(",\"skipped\":").append(quote(doc.skipReason().get().name()));
      }
      out.append(",\"sentences\":[");
      for (int i = 0; i < doc.sentences().size(); i++) {
        var s = doc.sentences().get(i);
        out.append(i == 0 ? "" : ",")
            .append("{\"index\":")
            .append(Integer.toString(s.index()))
            .append(",\"begin\":")
            .append(Integer.toString(s.span().begin()))
            .append(",\"end\":")
            .append(Integer.toString(s.span().end()))
            .append('}');
      }
      out.append("],\"entities\":[");
      for (int i = 0; i < doc.entities().size(); i++) {
        Entity e = doc.entities().get(i);
        out.append(i == 0 ? "" : ",")
            .append("{\"id\":")
            .append(quote(e.id()))
            .append(",\"type\":")
            .append(quote(e.type().name()))
            .append(",\"name\":")
            .append(quote(e.name()));
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
          out.append(j == 0 ? "" : ",")
              .append("{\"text\":")
              .append(quote(m.text()))
              .append(",\"begin\":")
              .append(Integer.toString(m.begin()))
              .append(",\"end\":")
              .append(Integer.toString(m.end()))
              .append(",\"sentence\":")
              .append(Integer.toString(m.sentence()))
              .append('}');
        }
        out.append("]}");
      }
      out.append("],\"relations\":[");
      for (int i = 0; i < doc.relations().size(); i++) {
        Relation r = doc.relations().get(i);
        out.append(i == 0 ? "" : ",")
            .append("{\"type\":")
            .append(quote(r.type().name()))
            .append(",\"subject\":")
            .append(quote(r.subject().id()))
            .append(",\"object\":")
            .append(quote(r.object().id()))
            .append(",\"confidence\":")
            .append(confidence(r.confidence()))
            .append(",\"modality\":")
            .append(quote(r.modality().name()));
        if (r.title().isPresent()) {
          out.append(",\"title\":")
              .append(quote(r.title().get()))
              .append(",\"tenure\":")
              .append(quote(r.tenure().name()));
        }
        out.append(",\"attributes\":{");
        int k = 0;
        for (Map.Entry<String, String> a : r.attributes().entrySet()) {
          out.append(k++ == 0 ? "" : ",")
              .append(quote(a.getKey()))
              .append(':')
              .append(quote(a.getValue()));
        }
        out.append("},\"evidence\":[");
        for (int j = 0; j < r.evidence().size(); j++) {
          Evidence ev = r.evidence().get(j);
          out.append(j == 0 ? "" : ",")
              .append("{\"sentence\":")
              .append(Integer.toString(ev.sentence()))
              .append(",\"begin\":")
              .append(Integer.toString(ev.span().begin()))
              .append(",\"end\":")
              .append(Integer.toString(ev.span().end()))
              .append(",\"text\":")
              .append(quote(ev.text()))
              .append(",\"foundBy\":")
              .append(quote(ev.foundBy()))
              .append('}');
        }
        out.append("]}");
      }
      out.append("]}");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write document '" + doc.id() + "' as JSON", e);
    }
  }

  /**
   * Returns a merged batch ({@link CorpusGraph}) as one line of JSON:
   *
   * <pre>
   * {"documents":[ids],
   *  "entities":[{"key","type","name","code"?,"value"?,"documents":[ids],"mentions"}],
   *  "relations":[{"type","subject","object","confidence","documents":[ids],
   *                "evidence":[{"document","modality","sentence","begin","end","text","foundBy"}]}]}
   * </pre>
   *
   * <p>{@code subject} and {@code object} are entity keys; each evidence's offsets are into its own
   * document's text. Deterministic, like the document shape.
   */
  public static String toJson(CorpusGraph corpus) {
    requireNonNull(corpus, "corpus");
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"documents\":");
    strings(corpus.documents(), sb);
    sb.append(",\"entities\":[");
    for (int i = 0; i < corpus.entities().size(); i++) {
      CorpusEntity e = corpus.entities().get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"key\":")
          .append(quote(e.key()))
          .append(",\"type\":")
          .append(quote(e.type().name()))
          .append(",\"name\":")
          .append(quote(e.name()));
      e.code().ifPresent(c -> sb.append(",\"code\":").append(quote(c)));
      e.value().ifPresent(v -> sb.append(",\"value\":").append(quote(v)));
      sb.append(",\"documents\":");
      strings(e.documents(), sb);
      sb.append(",\"mentions\":").append(e.mentions()).append('}');
    }
    sb.append("],\"relations\":[");
    for (int i = 0; i < corpus.relations().size(); i++) {
      CorpusRelation r = corpus.relations().get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"type\":")
          .append(quote(r.type().name()))
          .append(",\"subject\":")
          .append(quote(r.subject().key()))
          .append(",\"object\":")
          .append(quote(r.object().key()))
          .append(",\"confidence\":")
          .append(confidence(r.confidence()))
          .append(",\"documents\":");
      strings(r.documents(), sb);
      sb.append(",\"evidence\":[");
      for (int j = 0; j < r.evidence().size(); j++) {
        CorpusEvidence ce = r.evidence().get(j);
        Evidence ev = ce.evidence();
        sb.append(j == 0 ? "" : ",")
            .append("{\"document\":")
            .append(quote(ce.document()))
            .append(",\"modality\":")
            .append(quote(ce.modality().name()))
            .append(",\"sentence\":")
            .append(ev.sentence())
            .append(",\"begin\":")
            .append(ev.span().begin())
            .append(",\"end\":")
            .append(ev.span().end())
            .append(",\"text\":")
            .append(quote(ev.text()))
            .append(",\"foundBy\":")
            .append(quote(ev.foundBy()))
            .append('}');
      }
      sb.append("]}");
    }
    return sb.append("]}").toString();
  }

  private static void strings(Collection<String> values, StringBuilder sb) {
    sb.append('[');
    int i = 0;
    for (String v : values) {
      sb.append(i++ == 0 ? "" : ",").append(quote(v));
    }
    sb.append(']');
  }

  /** A confidence with three decimals, as every exporter prints it: {@code 0.560}. */
  static String confidence(double confidence) {
    return String.format(Locale.ROOT, "%.3f", confidence);
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
