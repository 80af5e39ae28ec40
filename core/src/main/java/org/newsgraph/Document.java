package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.graph.RelationGraph;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * The result of extracting one text: the text, its sentences, the entities with their mentions, and
 * the relations between them, also as a {@link RelationGraph}.
 *
 * <p>Obtain one from {@link Extractor#extract(String)}, or build one by hand with {@link #of}.
 * Immutable and thread-safe. Every offset is a Java {@code String} index into {@link #text()}, end
 * exclusive, and every mention's and evidence's text equals the text at its span.
 *
 * <pre>{@code
 * Document doc = extractor.extract("doc-1", text);
 * for (Entity e : doc.entities(EntityType.COUNTRY)) {
 *   System.out.println(e.name() + " " + e.code().orElse("?"));
 * }
 * }</pre>
 */
public final class Document {

  private final String id;
  private final String text;
  private final ImmutableList<Sentence> sentences;
  private final ImmutableList<Entity> entities;
  private final ImmutableList<Relation> relations;
  private final @Nullable SkipReason skipReason;
  private final RelationGraph graph;

  private Document(
      String id,
      String text,
      ImmutableList<Sentence> sentences,
      ImmutableList<Entity> entities,
      ImmutableList<Relation> relations,
      @Nullable SkipReason skipReason) {
    this.id = id;
    this.text = text;
    this.sentences = sentences;
    this.entities = entities;
    this.relations = relations;
    this.skipReason = skipReason;
    this.graph = RelationGraph.of(entities, relations);
  }

  /**
   * Returns the empty document of a text the extractor did not read, with the reason: no sentences,
   * entities or relations, and {@link #skipReason()} set.
   */
  public static Document skipped(String id, String text, SkipReason reason) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
    return new Document(
        id, text, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), reason);
  }

  /**
   * Returns a document made of these parts, after checking that they agree with each other.
   *
   * @throws IllegalArgumentException if a sentence, mention or evidence does not match the text at
   *     its span, two entities share an id, or a relation refers to an entity not given
   */
  public static Document of(
      String id,
      String text,
      Collection<Sentence> sentences,
      Collection<Entity> entities,
      Collection<Relation> relations) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    ImmutableList<Sentence> ss = ImmutableList.copyOf(sentences);
    ImmutableList<Entity> es = ImmutableList.copyOf(entities);
    ImmutableList<Relation> rs = ImmutableList.copyOf(relations);
    for (Sentence s : ss) {
      checkSpan(text, s.span().begin(), s.span().end(), s.text(), "sentence " + s.index());
    }
    Set<String> ids = new HashSet<>();
    for (Entity e : es) {
      checkArgument(ids.add(e.id()), "two entities have the id '%s'", e.id());
      for (Mention m : e.mentions()) {
        checkSpan(text, m.begin(), m.end(), m.text(), "mention of " + e);
        checkArgument(
            ss.isEmpty() || m.sentence() < ss.size(),
            "mention '%s' of %s names sentence %s, but the document has %s",
            m.text(),
            e,
            m.sentence(),
            ss.size());
      }
    }
    for (Relation r : rs) {
      for (Evidence ev : r.evidence()) {
        checkSpan(text, ev.span().begin(), ev.span().end(), ev.text(), "evidence of " + r);
      }
    }
    return new Document(id, text, ss, es, rs, null);
  }

  private static void checkSpan(String text, int begin, int end, String expected, String what) {
    checkArgument(
        end <= text.length() && text.substring(begin, end).equals(expected),
        "%s: span [%s, %s) of the text does not read '%s'",
        what,
        begin,
        end,
        expected);
  }

  /**
   * Returns the id given to {@link Extractor#extract(String, String)}, or the one {@link
   * Extractor#extract(String)} made from the text ({@code text-} and twelve hex digits of its
   * SHA-256).
   */
  public String id() {
    return id;
  }

  /** Returns the text as given. */
  public String text() {
    return text;
  }

  /** Returns the sentences in text order. */
  public ImmutableList<Sentence> sentences() {
    return sentences;
  }

  /** Returns the entities in order of their first mention. */
  public ImmutableList<Entity> entities() {
    return entities;
  }

  /** Returns the entities of one type in order of their first mention. */
  public ImmutableList<Entity> entities(EntityType type) {
    return graph.entities(type);
  }

  /** Returns the entity with this id, if there is one. */
  public Optional<Entity> entity(String id) {
    return graph.entity(id);
  }

  /** Returns the relations, one per (type, subject, object). */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** Returns the entities and relations as a graph to walk and query. */
  public RelationGraph graph() {
    return graph;
  }

  /**
   * Returns why the extractor left the text unread ({@link SkipReason#NOT_ENGLISH}), or empty if it
   * read it. A skipped document has no sentences, entities or relations; so has a read one whose
   * text is blank or names nothing, and there this is empty.
   */
  public Optional<SkipReason> skipReason() {
    return Optional.ofNullable(skipReason);
  }

  /** Returns whether the document has no entity. */
  public boolean isEmpty() {
    return entities.isEmpty();
  }

  /**
   * Returns whether the other object is a document with the same id, text, sentences, entities,
   * relations and skip reason: a document read back from its JSON ({@code JsonReader}) equals the
   * original.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Document)) {
      return false;
    }
    Document d = (Document) o;
    return id.equals(d.id)
        && text.equals(d.text)
        && sentences.equals(d.sentences)
        && entities.equals(d.entities)
        && relations.equals(d.relations)
        && skipReason == d.skipReason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text.length(), entities.size(), relations.size());
  }

  @Override
  public String toString() {
    return "Document{id="
        + id
        + ", "
        + text.length()
        + " chars, "
        + sentences.size()
        + " sentences, "
        + entities.size()
        + " entities, "
        + relations.size()
        + " relations"
        + (skipReason == null ? "" : ", skipped: " + skipReason)
        + "}";
  }
}
