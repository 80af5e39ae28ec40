package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * The entities and relations of a whole corpus, merged on canonical identity: the key of core's
 * {@link org.newsgraph.graph.CorpusGraph#key(org.newsgraph.Document, org.newsgraph.entity.Entity)}
 * (a country by its ISO code, a date by its calendar value, anything else by its type and
 * normalised name), so a Spark job and a single-JVM merge join the same entities.
 *
 * <p>Obtain one from {@link ExtractedCorpus#graph()}. It is built on the driver, so it suits
 * moderate corpora (see {@link ExtractedCorpus#graph(int)}). Immutable and thread-safe; entities
 * and relations are sorted by how many documents mention them, most first, then by key.
 *
 * <pre>{@code
 * CorpusGraph graph = corpus.graph();
 * for (CorpusRelation r : graph.relations(RelationType.LEADER_OF)) {
 *   System.out.println(graph.entity(r.subject()).get().name() + " leads " + r.object());
 * }
 * }</pre>
 */
public final class CorpusGraph {

  /** The default for {@link ExtractedCorpus#graph(int)}: one million rows per table. */
  public static final int DEFAULT_MAX_ROWS = 1_000_000;

  private final ImmutableMap<String, CorpusEntity> entities;
  private final ImmutableList<CorpusRelation> relations;

  private CorpusGraph(
      ImmutableMap<String, CorpusEntity> entities, ImmutableList<CorpusRelation> relations) {
    this.entities = entities;
    this.relations = relations;
  }

  /** Merges rows of {@link ExtractedCorpus#entities()} and {@link ExtractedCorpus#relations()}. */
  static CorpusGraph fromRows(List<Row> entityRows, List<Row> relationRows) {
    Map<String, EntityAcc> entityAcc = new LinkedHashMap<>();
    for (Row r : entityRows) {
      String key = r.getAs("canonicalKey");
      EntityAcc acc =
          entityAcc.computeIfAbsent(key, k -> new EntityAcc(EntityType.valueOf(r.getAs("type"))));
      acc.add(
          r.getAs("documentId"),
          r.getAs("name"),
          r.getAs("code"),
          r.<Integer>getAs("mentionCount"));
    }
    Map<List<String>, RelationAcc> relationAcc = new LinkedHashMap<>();
    for (Row r : relationRows) {
      String type = r.getAs("type");
      String subject = r.getAs("subjectKey");
      String object = r.getAs("objectKey");
      if (subject.equals(object)) {
        continue; // two entities of one document that merge into one corpus entity
      }
      relationAcc
          .computeIfAbsent(List.of(type, subject, object), k -> new RelationAcc())
          .add(r.getAs("documentId"), r.<Double>getAs("confidence"));
    }
    ImmutableMap<String, CorpusEntity> entities =
        entityAcc.entrySet().stream()
            .map(e -> e.getValue().build(e.getKey()))
            .sorted(
                Comparator.comparingInt(CorpusEntity::documents)
                    .reversed()
                    .thenComparing(CorpusEntity::key))
            .collect(ImmutableMap.toImmutableMap(CorpusEntity::key, e -> e));
    ImmutableList<CorpusRelation> relations =
        relationAcc.entrySet().stream()
            .map(
                e ->
                    new CorpusRelation(
                        RelationType.valueOf(e.getKey().get(0)),
                        e.getKey().get(1),
                        e.getKey().get(2),
                        e.getValue().documents.size(),
                        e.getValue().confidence))
            .sorted(
                Comparator.comparingInt(CorpusRelation::documents)
                    .reversed()
                    .thenComparing(r -> r.type().name())
                    .thenComparing(CorpusRelation::subject)
                    .thenComparing(CorpusRelation::object))
            .collect(ImmutableList.toImmutableList());
    for (CorpusRelation r : relations) {
      checkArgument(
          entities.containsKey(r.subject()) && entities.containsKey(r.object()),
          "relation %s refers to an entity missing from the entity rows; collect both tables from"
              + " one ExtractedCorpus",
          r);
    }
    return new CorpusGraph(entities, relations);
  }

  /** Returns every entity, most mentioned by documents first. */
  public ImmutableList<CorpusEntity> entities() {
    return entities.values().asList();
  }

  /** Returns the entity with this canonical key, if the corpus has it. */
  public Optional<CorpusEntity> entity(String key) {
    requireNonNull(key, "key");
    return Optional.ofNullable(entities.get(key));
  }

  /** Returns every relation, most stated by documents first. */
  public ImmutableList<CorpusRelation> relations() {
    return relations;
  }

  /** Returns the relations of one type. */
  public ImmutableList<CorpusRelation> relations(RelationType type) {
    requireNonNull(type, "type");
    return relations.stream()
        .filter(r -> r.type().equals(type))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the relations whose subject has this canonical key. */
  public ImmutableList<CorpusRelation> relationsFrom(String key) {
    requireNonNull(key, "key");
    return relations.stream()
        .filter(r -> r.subject().equals(key))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "CorpusGraph{" + entities.size() + " entities, " + relations.size() + " relations}";
  }

  private static final class EntityAcc {
    final EntityType type;
    final Set<String> documents = new HashSet<>();
    final Map<String, Integer> names = new HashMap<>();
    @Nullable String code;
    int mentions;

    EntityAcc(EntityType type) {
      this.type = type;
    }

    void add(String document, String name, @Nullable String code, int mentionCount) {
      if (documents.add(document)) {
        names.merge(name, 1, Integer::sum);
      }
      if (code != null) {
        this.code = code;
      }
      mentions += mentionCount;
    }

    CorpusEntity build(String key) {
      String name =
          names.entrySet().stream()
              .min(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey();
      return new CorpusEntity(key, type, name, code, documents.size(), mentions);
    }
  }

  private static final class RelationAcc {
    final Set<String> documents = new HashSet<>();
    double confidence;

    void add(String document, double confidence) {
      documents.add(document);
      this.confidence = Math.max(this.confidence, confidence);
    }
  }
}
