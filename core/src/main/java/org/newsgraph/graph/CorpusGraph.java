package org.newsgraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
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
import org.newsgraph.entity.Mention;
import org.newsgraph.query.EntityPattern;
import org.newsgraph.query.Match;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/**
 * The graphs of many documents merged into one: entities joined on their canonical identity,
 * relations joined on (type, subject, object), every relation keeping its evidence per document.
 *
 * <p>Obtain one with {@link #merge}. Entities are joined on {@link #key(Document, Entity)}: a
 * country on its ISO code, a date on its normalised value, a person on the normalised name, any
 * other entity on its type and normalised name; an event a document mentions by common nouns alone
 * ("the summit") and a date whose value is not a calendar date ("Friday" in an undated article) are
 * never joined with another document's. Query it with the DSL ({@link #match}) and write it with
 * {@code JsonExporter.toJson(CorpusGraph)}. Immutable and thread-safe; iteration order is the order
 * of first appearance in the batch.
 *
 * <pre>{@code
 * CorpusGraph corpus = CorpusGraph.merge(List.of(doc1, doc2));
 * for (CorpusRelation r : corpus.relations()) {
 *   System.out.println(r + " in " + r.documents());
 * }
 * for (Match m : corpus.match(person().leaderOf(country()))) {
 *   CorpusEntity leader = corpus.entity(m.get(0).id()).orElseThrow();  // ids are keys
 * }
 * }</pre>
 */
public final class CorpusGraph {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HONORIFIC =
      Pattern.compile("^(mr|mrs|ms|miss|dr|sir|dame|prof|madam) ");

  /** A TIMEX3 value that names a point of the calendar: a year first, no unknown digit. */
  private static final Pattern ANCHORED_DATE = Pattern.compile("[0-9]{4}[^X]*");

  private final ImmutableList<String> documents;
  private final ImmutableList<CorpusEntity> entities;
  private final ImmutableList<CorpusRelation> relations;
  private final RelationGraph graph;

  private CorpusGraph(
      ImmutableList<String> documents,
      ImmutableList<CorpusEntity> entities,
      ImmutableList<CorpusRelation> relations,
      RelationGraph graph) {
    this.documents = documents;
    this.entities = entities;
    this.relations = relations;
    this.graph = graph;
  }

  /**
   * Returns the documents' graphs merged into one.
   *
   * <p>Documents from {@code Extractor.extract(text)} have ids made from their text, so only the
   * same text twice shares one; give your own ids with {@code extract(id, text)}.
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
    Map<String, Entity> viewNodes = new LinkedHashMap<>();
    nodes.forEach(
        (k, acc) -> {
          built.put(k, acc.build());
          viewNodes.put(k, acc.view());
        });
    ImmutableList.Builder<CorpusRelation> rs = ImmutableList.builder();
    List<Relation> viewEdges = new ArrayList<>();
    for (RelationAcc acc : edges.values()) {
      rs.add(
          new CorpusRelation(
              acc.type,
              requireNonNull(built.get(acc.subject)),
              requireNonNull(built.get(acc.object)),
              acc.confidence,
              acc.evidence.build()));
      viewEdges.add(
          acc.view(
              requireNonNull(viewNodes.get(acc.subject)),
              requireNonNull(viewNodes.get(acc.object))));
    }
    return new CorpusGraph(
        docs.stream().map(Document::id).collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(built.values()),
        rs.build(),
        RelationGraph.of(viewNodes.values(), viewEdges));
  }

  /**
   * Returns the corpus-wide identity of an entity of a document, the one key every corpus view of
   * NewsGraph joins entities on (this graph, and the Spark module's tables):
   *
   * <ul>
   *   <li>{@code country:<ISO code>} for a country with a code: {@code country:KZ} for
   *       "Kazakhstan", "Kazakh" and "Republic of Kazakhstan";
   *   <li>{@code date:<value>} for a date whose normalised value names a point of the calendar
   *       ({@code date:2024-03-01}, {@code date:2024-W09}, {@code date:2024}), so the Fridays of
   *       three articles published in three weeks are three nodes, and "1 March 2024" and "Friday"
   *       in an article of 4 March 2024 are one;
   *   <li>{@code person:<normalised name>} for a person, honorifics such as "Mr" dropped;
   *   <li>{@code <type>:<normalised name>} for the rest;
   *   <li>the key above followed by {@code @<document id>/<entity id>} for what only its document
   *       can resolve: an event mentioned by common nouns alone ({@code event:summit@doc-1/e3},
   *       issue 17) and a date without a calendar value ({@code date:XXXX-WXX-5@doc-1/e7} for
   *       "Friday" in an undated article).
   * </ul>
   *
   * <p>A normalised name is the name in Unicode compatibility decomposition (NFKD) without its
   * accents, lower-cased in the root locale, with every run of punctuation and spaces made one
   * space: "Kassym-Jomart Tokayev" and "kassym jomart tokayev" are one person.
   */
  public static String key(Document doc, Entity entity) {
    requireNonNull(doc, "doc");
    requireNonNull(entity, "entity");
    EntityType type = entity.type();
    String prefix = type.name().toLowerCase(Locale.ROOT) + ":";
    if (type.equals(EntityType.COUNTRY) && entity.code().isPresent()) {
      return prefix + entity.code().get();
    }
    if (type.equals(EntityType.DATE)) {
      Optional<String> value = entity.value();
      if (value.isPresent() && ANCHORED_DATE.matcher(value.get()).matches()) {
        return prefix + value.get();
      }
      return prefix + value.orElse(normalise(entity.name())) + local(doc, entity);
    }
    String name = normalise(entity.name());
    if (type.equals(EntityType.PERSON)) {
      name = HONORIFIC.matcher(name).replaceFirst("");
    }
    if (type.equals(EntityType.EVENT) && !entity.isNamed()) {
      return prefix + name + local(doc, entity);
    }
    return prefix + name;
  }

  private static String local(Document doc, Entity entity) {
    return "@" + doc.id() + "/" + entity.id();
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

  /**
   * Returns this graph as a {@link RelationGraph}, for the query DSL and the exporters that take
   * one. Each node is an {@link Entity} whose {@link Entity#id() id} is the corpus key (so {@link
   * #entity(String)} finds the corpus entity back), with the merged entities' type, name, code,
   * value and event class, and one mention per distinct surface form (its offsets are into the
   * first document that used it). Each edge is a {@link Relation} with the highest confidence, the
   * most affirmative modality any document states it with ({@code ASSERTED} before {@code PLANNED},
   * {@code UNCERTAIN}, {@code REPORTED}, {@code NEGATED}: a relation one article asserts and
   * another denies matches a query that leaves out denied ones), the attributes of the first
   * document that gives each, and the evidence of every document (read {@link #relations()} for
   * which document each comes from).
   */
  public RelationGraph graph() {
    return graph;
  }

  /**
   * Returns every binding of the pattern in this graph, as {@link RelationGraph#match} does on
   * {@link #graph()}: {@code corpus.match(person().leaderOf(country()))}. The bound entities' ids
   * are corpus keys.
   */
  public ImmutableList<Match> match(EntityPattern<?> pattern) {
    requireNonNull(pattern, "pattern");
    return graph.match(pattern);
  }

  @Override
  public String toString() {
    return "CorpusGraph{"
        + documents.size()
        + " documents, "
        + entities.size()
        + " entities, "
        + relations.size()
        + " relations}";
  }

  /** Collects the entities of one key while merging; used once inside {@link #merge}. */
  private static final class EntityAcc {
    private final String key;
    private final EntityType type;
    private String name;
    private final @Nullable String code;
    private final @Nullable String value;
    private final Entity first;
    private final Set<String> documents = new LinkedHashSet<>();
    private final Map<String, Mention> forms = new LinkedHashMap<>();
    private int mentions;

    EntityAcc(String key, Entity first) {
      this.key = key;
      this.type = first.type();
      this.name = first.name();
      this.code = first.code().orElse(null);
      this.value = first.value().orElse(null);
      this.first = first;
    }

    void add(String document, Entity e) {
      documents.add(document);
      mentions += e.mentions().size();
      e.mentions().forEach(m -> forms.putIfAbsent(m.text(), m));
      if (type.equals(EntityType.PERSON) && e.name().length() > name.length()) {
        name = e.name();
      }
    }

    CorpusEntity build() {
      return new CorpusEntity(
          key, type, name, code, value, ImmutableSet.copyOf(documents), mentions);
    }

    /** The node of {@link #graph()}: the corpus key as id, one mention per surface form. */
    Entity view() {
      Entity.Builder b = Entity.builder(key, type, name).named(first.isNamed());
      if (code != null) {
        b.code(code);
      }
      if (value != null) {
        b.value(value);
      }
      first.eventClass().ifPresent(b::eventClass);
      forms.values().forEach(b::mention);
      return b.build();
    }
  }

  /** Collects the relations of one (type, subject, object) while merging. */
  private static final class RelationAcc {
    private final RelationType type;
    private final String subject;
    private final String object;
    private double confidence;
    private Modality modality = Modality.NEGATED;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Evidence> viewEvidence = new ArrayList<>();
    private final ImmutableList.Builder<CorpusEvidence> evidence = ImmutableList.builder();

    RelationAcc(RelationType type, String subject, String object) {
      this.type = type;
      this.subject = subject;
      this.object = object;
    }

    void add(String document, Relation r) {
      confidence = Math.max(confidence, r.confidence());
      // Modality's order runs from ASSERTED to NEGATED: the lowest is the most affirmative
      if (r.modality().compareTo(modality) < 0) {
        modality = r.modality();
      }
      r.attributes().forEach(attributes::putIfAbsent);
      for (Evidence ev : r.evidence()) {
        evidence.add(new CorpusEvidence(document, r.modality(), ev));
        viewEvidence.add(ev);
      }
    }

    Relation view(Entity s, Entity o) {
      return new Relation(type, s, o, confidence, modality, attributes, viewEvidence);
    }
  }
}
