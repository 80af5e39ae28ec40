package org.newsgraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/**
 * The graphs of many documents merged into one: entities joined on their canonical identity,
 * relations joined on (type, subject, object), every relation keeping its evidence per document.
 *
 * <p>Obtain one with {@link #merge}. Entities are joined on {@link #key(Entity)}: a country on its
 * ISO code, a person on the normalised name, any other entity on its type and normalised name;
 * an event a document mentions by common nouns alone ("the summit") is never joined with another
 * document's. Immutable and thread-safe; iteration order is the order of first appearance in the batch.
 *
 * <pre>{@code
 * CorpusGraph corpus = CorpusGraph.merge(List.of(doc1, doc2));
 * for (CorpusRelation r : corpus.relations()) {
 *   System.out.println(r + " in " + r.documents());
 * }
 * }</pre>
 */
public final class CorpusGraph {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HONORIFIC =
      Pattern.compile("^(mr|mrs|ms|miss|dr|sir|dame|prof|madam) ");

  private final ImmutableList<String> documents;
  private final ImmutableList<CorpusEntity> entities;
  private final ImmutableList<CorpusRelation> relations;

  private CorpusGraph(
      ImmutableList<String> documents,
      ImmutableList<CorpusEntity> entities,
      ImmutableList<CorpusRelation> relations) {
    this.documents = documents;
    this.entities = entities;
    this.relations = relations;
  }

  /**
   * Returns the documents' graphs merged into one.
   *
   * @throws IllegalArgumentException if two documents share an id
   */
  public static CorpusGraph merge(Collection<Document> docs) {
    requireNonNull(docs, "docs");
    Set<String> ids = new HashSet<>();
    Map<String, EntityAcc> nodes = new LinkedHashMap<>();
    Map<List<String>, RelationAcc> edges = new LinkedHashMap<>();
    for (Document doc : docs) {
      requireNonNull(doc, "doc");
      checkArgument(
          ids.add(doc.id()),
          "two documents have the id '%s'; give every document of a batch its own id",
          doc.id());
      for (Entity e : doc.entities()) {
        nodes.computeIfAbsent(key(doc, e), k -> new EntityAcc(k, e)).add(doc.id(), e);
      }
      for (Relation r : doc.relations()) {
        String s = key(doc, r.subject());
        String o = key(doc, r.object());
        if (s.equals(o)) {
          continue; // two entities of one document that are one in the corpus: no self-loop
        }
        edges
            .computeIfAbsent(List.of(r.type().name(), s, o), k -> new RelationAcc(r.type(), s, o))
            .add(doc.id(), r);
      }
    }
    Map<String, CorpusEntity> built = new LinkedHashMap<>();
    nodes.forEach((k, acc) -> built.put(k, acc.build()));
    ImmutableList<CorpusRelation> rs =
        edges.values().stream()
            .map(
                acc ->
                    new CorpusRelation(
                        acc.type,
                        requireNonNull(built.get(acc.subject)),
                        requireNonNull(built.get(acc.object)),
                        acc.confidence,
                        acc.evidence.build()))
            .collect(ImmutableList.toImmutableList());
    return new CorpusGraph(
        docs.stream().map(Document::id).collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(built.values()),
        rs);
  }

  /**
   * Returns the canonical identity this graph joins entities on: {@code country:<ISO code>} for
   * a country with a code, {@code person:<normalised name>} for a person (honorifics such as "Mr"
   * dropped), and {@code <type>:<normalised name>} for the rest. A normalised name is lower-case,
   * without accents, with every run of punctuation and spaces made one space.
   */
  public static String key(Entity entity) {
    requireNonNull(entity, "entity");
    String type = entity.type().name().toLowerCase(Locale.ROOT);
    if (entity.type().equals(EntityType.COUNTRY) && entity.code().isPresent()) {
      return type + ":" + entity.code().get();
    }
    String name = normalise(entity.name());
    if (entity.type().equals(EntityType.PERSON)) {
      name = HONORIFIC.matcher(name).replaceFirst("");
    }
    return type + ":" + name;
  }

  /**
   * The identity of an entity of a document: {@link #key(Entity)}, except that an event the
   * document mentions by common nouns alone ("the summit", issue 17) is that document's own,
   * {@code event:summit@doc-1/e3}, and never joins another document's "summit".
   */
  private static String key(Document doc, Entity entity) {
    if (entity.type().equals(EntityType.EVENT) && !entity.isNamed()) {
      return key(entity) + "@" + doc.id() + "/" + entity.id();
    }
    return key(entity);
  }

  static String normalise(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Returns the ids of the merged documents, in batch order. */
  public ImmutableList<String> documents() {
    return documents;
  }

  /** Returns the merged entities in order of first appearance. */
  public ImmutableList<CorpusEntity> entities() {
    return entities;
  }

  /** Returns the merged relations in order of first appearance. */
  public ImmutableList<CorpusRelation> relations() {
    return relations;
  }

  /** Returns the entity with this key, if there is one. */
  public Optional<CorpusEntity> entity(String key) {
    requireNonNull(key, "key");
    return entities.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** Returns the relations of one type. */
  public ImmutableList<CorpusRelation> relations(RelationType type) {
    requireNonNull(type, "type");
    return relations.stream()
        .filter(r -> r.type().equals(type))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "CorpusGraph{" + documents.size() + " documents, " + entities.size() + " entities, "
        + relations.size() + " relations}";
  }

  /** Collects the entities of one key while merging; used once inside {@link #merge}. */
  private static final class EntityAcc {
    private final String key;
    private final EntityType type;
    private String name;
    private final @Nullable String code;
    private final Set<String> documents = new LinkedHashSet<>();
    private int mentions;

    EntityAcc(String key, Entity first) {
      this.key = key;
      this.type = first.type();
      this.name = first.name();
      this.code = first.code().orElse(null);
    }

    void add(String document, Entity e) {
      documents.add(document);
      mentions += e.mentions().size();
      if (type.equals(EntityType.PERSON) && e.name().length() > name.length()) {
        name = e.name();
      }
    }

    CorpusEntity build() {
      return new CorpusEntity(key, type, name, code, ImmutableSet.copyOf(documents), mentions);
    }
  }

  /** Collects the relations of one (type, subject, object) while merging. */
  private static final class RelationAcc {
    private final RelationType type;
    private final String subject;
    private final String object;
    private double confidence;
    private final ImmutableList.Builder<CorpusEvidence> evidence = ImmutableList.builder();

    RelationAcc(RelationType type, String subject, String object) {
      this.type = type;
      this.subject = subject;
      this.object = object;
    }

    void add(String document, Relation r) {
      confidence = Math.max(confidence, r.confidence());
      for (Evidence ev : r.evidence()) {
        evidence.add(new CorpusEvidence(document, r.modality(), ev));
      }
    }
  }
}
