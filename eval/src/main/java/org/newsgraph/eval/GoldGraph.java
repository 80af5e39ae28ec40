package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A gold graph in NewsGraph's own gold format ({@code shared/seed/gold.json}): the article it
 * describes, and required and optional entities (with aliases) and relations. Scored with {@link
 * Scorer#scoreGraph}, by the rules of {@code shared/tools/score_graph.py}; a folder of them ({@code
 * shared/news-graphs/dev}) with {@link Scorer#scoreGraphs}, as {@code news_graphs.py} scores it.
 * Immutable.
 *
 * <pre>{@code
 * GoldGraph gold = GoldGraph.read(Path.of("seed/gold.json"));
 * Report report = Scorer.scoreGraph(gold, extractor.extract(gold.documentId(), gold.text()));
 * }</pre>
 *
 * @param documentId the article's file name, as the gold's {@code document} field gives it; for a
 *     gold graph that names its article by {@code source}, the gold file's name without {@code
 *     .json} (the id {@code news_graphs.py prepare} gives it)
 * @param text the article text, read from that file next to the gold file, or from the {@code
 *     source} it names
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
   * Reads a gold graph and its article: the file its {@code document} field names (relative to the
   * gold file), or the one its {@code source} names, as {@link #readFolder} reads it.
   *
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if the file is not in NewsGraph's gold format, or its article
   *     cannot be found
   */
  public static GoldGraph read(Path path) {
    requireNonNull(path, "path");
    return read(path, new HashMap<>());
  }

  /**
   * Reads every gold graph of a folder ({@code *.json}, in file name order) with its article, as
   * {@code news_graphs.py prepare} does. A graph names its article by {@code source}: {@code data}
   * is a CoNLL-2003 file and {@code doc_index} the 0-based document in it (documents are separated
   * by {@code -DOCSTART-} lines and their tokens joined by the referee's detokeniser), or {@code
   * data} is a {@code .txt} file holding the article. {@code data} is relative to the {@code data}
   * folder of the gold folder or of the nearest folder above it that has one ({@code shared/data}
   * for {@code shared/news-graphs/dev}). A graph with a {@code document} field instead reads it as
   * {@link #read} does.
   *
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if the folder holds no gold graph, a file is not in the gold
   *     format, or an article cannot be found
   */
  public static ImmutableList<GoldGraph> readFolder(Path folder) {
    requireNonNull(folder, "folder");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list the gold graphs in " + folder + "; give the folder of *.json gold graphs",
          e);
    }
    checkArgument(
        !files.isEmpty(),
        "%s holds no gold graph (*.json); give a folder such as news-graphs/dev",
        folder);
    Map<Path, List<String>> conll = new HashMap<>();
    ImmutableList.Builder<GoldGraph> out = ImmutableList.builder();
    for (Path f : files) {
      out.add(read(f, conll));
    }
    return out.build();
  }

  private static GoldGraph read(Path path, Map<Path, List<String>> conllCache) {
    Map<String, Object> g = Json.object(Json.parse(Dataset.readString(path)), "the gold graph");
    String documentId;
    String text;
    if (g.containsKey("document") || !g.containsKey("source")) {
      String document = Json.string(g.get("document"), "document");
      documentId = Path.of(document).getFileName().toString();
      text = Dataset.readString(path.resolveSibling(document));
    } else {
      String name = path.getFileName().toString();
      documentId = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
      text = sourceText(path, Json.object(g.get("source"), "source"), conllCache);
    }
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
        documentId, text, etypes.build(), rtypes.build(), entities.build(), relations.build());
  }

  /** The article a gold graph's {@code source} names; see {@link #readFolder}. */
  private static String sourceText(
      Path gold, Map<String, Object> source, Map<Path, List<String>> conllCache) {
    String data = Json.string(source.get("data"), "source.data");
    Path file = null;
    for (Path dir = gold.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("data").resolve(data);
      if (Files.isRegularFile(candidate)) {
        file = candidate;
        break;
      }
    }
    checkArgument(
        file != null,
        "gold graph %s names its article by source.data '%s', but no folder at or above %s has"
            + " data/%s; put the data set there",
        gold.getFileName(),
        data,
        gold.toAbsolutePath().getParent(),
        data);
    if (data.endsWith(".txt")) {
      return Dataset.readString(file);
    }
    List<String> docs =
        conllCache.computeIfAbsent(file, f -> conllDocuments(Dataset.readString(f)));
    int index = Json.integer(source.get("doc_index"), "source.doc_index");
    checkArgument(
        0 <= index && index < docs.size(),
        "gold graph %s names document %s of %s, which has %s documents",
        gold.getFileName(),
        index,
        data,
        docs.size());
    return docs.get(index);
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

  /**
   * The documents of a CoNLL-2003 file as text, as {@code news_graphs.py}'s conll_docs joins them.
   */
  static List<String> conllDocuments(String content) {
    List<List<String>> docs = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : (Iterable<String>) content.lines()::iterator) {
      if (line.startsWith("-DOCSTART-")) {
        if (!cur.isEmpty()) {
          docs.add(cur);
        }
        cur = new ArrayList<>();
      } else if (!line.strip().isEmpty()) {
        cur.add(WHITE_SPACE.split(line.strip())[0]);
      } else if (!cur.isEmpty() && !cur.get(cur.size() - 1).equals("\n")) {
        cur.add("\n");
      }
    }
    if (!cur.isEmpty()) {
      docs.add(cur);
    }
    List<String> texts = new ArrayList<>(docs.size());
    for (List<String> d : docs) {
      texts.add(Detokenizer.join(d).text());
    }
    return texts;
  }
}
