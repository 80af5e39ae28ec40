package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A gold graph in NewsGraph's own gold format ({@code shared/seed/gold.json}): the article it
 * describes, and required and optional entities (with aliases) and relations. Scored with {@link
 * Scorer#scoreGraph}, by the rules of {@code shared/tools/score_graph.py}. Immutable.
 *
 * <pre>{@code
 * GoldGraph gold = GoldGraph.read(Path.of("seed/gold.json"));
 * Report report = Scorer.scoreGraph(gold, extractor.extract(gold.documentId(), gold.text()));
 * }</pre>
 *
 * @param documentId the article's file name, as the gold's {@code document} field gives it
 * @param text the article text, read from that file next to the gold file
 * @param scoredEntityTypes the entity types scored
 * @param scoredRelationTypes the relation types scored
 * @param entities the gold entities
 * @param relations the gold relations, between gold entity ids
 */
public record GoldGraph(
    String documentId,
    String text,
    ImmutableSet<EntityType> scoredEntityTypes,
    ImmutableSet<RelationType> scoredRelationTypes,
    ImmutableList<Entity> entities,
    ImmutableList<Relation> relations) {

  /**
   * A gold entity: its id, type and the other types it may have, whether it must be found, its
   * aliases and its country code.
   */
  public record Entity(
      String id,
      EntityType type,
      ImmutableSet<EntityType> alsoTypes,
      boolean required,
      ImmutableList<String> aliases,
      Optional<String> code) {

    /** Validates the entity. */
    public Entity {
      requireNonNull(id, "id");
      requireNonNull(type, "type");
      alsoTypes = ImmutableSet.copyOf(alsoTypes);
      aliases = ImmutableList.copyOf(aliases);
      requireNonNull(code, "code");
    }
  }

  /** A gold relation between two gold entity ids, and whether it must be found. */
  public record Relation(RelationType type, String subject, String object, boolean required) {

    /** Validates the relation. */
    public Relation {
      requireNonNull(type, "type");
      requireNonNull(subject, "subject");
      requireNonNull(object, "object");
    }
  }

  /** Validates the graph. */
  public GoldGraph {
    requireNonNull(documentId, "documentId");
    requireNonNull(text, "text");
    scoredEntityTypes = ImmutableSet.copyOf(scoredEntityTypes);
    scoredRelationTypes = ImmutableSet.copyOf(scoredRelationTypes);
    entities = ImmutableList.copyOf(entities);
    relations = ImmutableList.copyOf(relations);
  }

  /**
   * Reads a gold graph and the article its {@code document} field names (relative to the gold
   * file).
   *
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if the file is not in NewsGraph's gold format
   */
  public static GoldGraph read(Path path) {
    requireNonNull(path, "path");
    Map<String, Object> g = Json.object(Json.parse(Dataset.readString(path)), "the gold graph");
    String document = Json.string(g.get("document"), "document");
    String text = Dataset.readString(path.resolveSibling(document));
    ImmutableSet.Builder<EntityType> etypes = ImmutableSet.builder();
    for (Object o : Json.array(g.get("scored_entity_types"), "scored_entity_types")) {
      etypes.add(EntityType.valueOf(Json.string(o, "an entity type")));
    }
    ImmutableSet.Builder<RelationType> rtypes = ImmutableSet.builder();
    for (Object o : Json.array(g.get("scored_relation_types"), "scored_relation_types")) {
      rtypes.add(RelationType.valueOf(Json.string(o, "a relation type")));
    }
    ImmutableList.Builder<Entity> entities = ImmutableList.builder();
    for (Object o : Json.array(g.get("entities"), "entities")) {
      Map<String, Object> e = Json.object(o, "a gold entity");
      ImmutableSet.Builder<EntityType> also = ImmutableSet.builder();
      Object at = e.get("also_types");
      if (at != null) {
        for (Object t : Json.array(at, "also_types")) {
          also.add(EntityType.valueOf(Json.string(t, "a type")));
        }
      }
      ImmutableList.Builder<String> aliases = ImmutableList.builder();
      for (Object a : Json.array(e.get("aliases"), "aliases")) {
        aliases.add(Json.string(a, "an alias"));
      }
      Object code = e.get("code");
      entities.add(
          new Entity(
              Json.string(e.get("id"), "id"),
              EntityType.valueOf(Json.string(e.get("type"), "type")),
              also.build(),
              Boolean.TRUE.equals(e.get("required")),
              aliases.build(),
              code instanceof String ? Optional.of((String) code) : Optional.empty()));
    }
    ImmutableList.Builder<Relation> relations = ImmutableList.builder();
    for (Object o : Json.array(g.get("relations"), "relations")) {
      Map<String, Object> r = Json.object(o, "a gold relation");
      relations.add(
          new Relation(
              RelationType.valueOf(Json.string(r.get("type"), "type")),
              Json.string(r.get("subject"), "subject"),
              Json.string(r.get("object"), "object"),
              Boolean.TRUE.equals(r.get("required"))));
    }
    return new GoldGraph(
        Path.of(document).getFileName().toString(),
        text,
        etypes.build(),
        rtypes.build(),
        entities.build(),
        relations.build());
  }
}
