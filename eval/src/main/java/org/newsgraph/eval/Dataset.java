package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.relation.RelationType.ATTENDS;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.HOSTED_BY;
import static org.newsgraph.relation.RelationType.LEADER_OF;
import static org.newsgraph.relation.RelationType.LOCATED_IN;
import static org.newsgraph.relation.RelationType.ON_DATE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * A public gold data set that NewsGraph is evaluated on, with the entity and relation types the
 * referee scores on it and a reader for its files.
 *
 * <p>Readers follow the referee's mapping tables exactly ({@code shared/tools/eval_datasets.py}):
 * DWIE {@code type::gpe0} is COUNTRY, a {@code gpe0-x} demonym linked to its country by {@code
 * gpe0} is a COUNTRY mention of that country, {@code gpe2} is CITY; {@code head_of_state} and
 * {@code head_of_gov} (also {@code -x}) from a person to a country are LEADER_OF, {@code
 * citizen_of} is CITIZEN_OF, {@code event_in0/1/2} is LOCATED_IN. CrossNER {@code politician} and
 * {@code person} are PERSON, {@code election} and {@code event} EVENT, {@code misc} and {@code
 * location} neutral. Re-DocRED {@code PER} is PERSON; P35/P6 (inverted) are LEADER_OF, P1344 and
 * inverted P710 ATTENDS, P276 LOCATED_IN, P585 ON_DATE, P27 CITIZEN_OF. Stateless and thread-safe.
 *
 * <pre>{@code
 * ImmutableList<GoldDocument> gold = Dataset.CROSSNER.read(Path.of("crossner-politics/dev.txt"));
 * }</pre>
 */
public enum Dataset {
  /** DWIE: Deutsche Welle news, {@code dev.json} with {@code dev_concepts.json} beside it. */
  DWIE(
      ImmutableList.of(PERSON, COUNTRY, CITY, EVENT),
      ImmutableList.of(LEADER_OF, CITIZEN_OF, LOCATED_IN),
      true),
  /** CrossNER politics: Wikipedia sentences in CoNLL format ({@code dev.txt}). */
  CROSSNER(ImmutableList.of(PERSON, COUNTRY, EVENT), ImmutableList.of(), false),
  /** Re-DocRED: Wikipedia lead sections ({@code dev_revised.json}). */
  REDOCRED(
      ImmutableList.of(PERSON),
      ImmutableList.of(LEADER_OF, ATTENDS, LOCATED_IN, ON_DATE, CITIZEN_OF),
      false),
  /**
   * NewsGraph's own gold graph format ({@code seed/gold.json}); read it with {@link GoldGraph#read}
   * and score with {@link Scorer#scoreGraph}, which use the types the file lists.
   */
  GRAPH(
      ImmutableList.copyOf(EntityType.builtIn()),
      ImmutableList.copyOf(RelationType.builtIn()),
      false),
  /**
   * A folder of gold graphs of real news articles ({@code shared/news-graphs/dev}), each file in
   * the gold graph format and naming its article by {@code source}; read it with {@link
   * GoldGraph#readFolder} and score with {@link Scorer#scoreGraphs}, file by file with {@code
   * score_graph.py}'s rules and summed as {@code news_graphs.py} sums them.
   */
  NEWS_GRAPHS(
      ImmutableList.of(PERSON, COUNTRY, CITY, EVENT),
      ImmutableList.of(LEADER_OF, ATTENDS, LOCATED_IN, ON_DATE, HOSTED_BY, CITIZEN_OF),
      false);

  private final ImmutableList<EntityType> scoredEntityTypes;
  private final ImmutableList<RelationType> scoredRelationTypes;
  private final boolean entityLevel;

  Dataset(
      ImmutableList<EntityType> scoredEntityTypes,
      ImmutableList<RelationType> scoredRelationTypes,
      boolean entityLevel) {
    this.scoredEntityTypes = scoredEntityTypes;
    this.scoredRelationTypes = scoredRelationTypes;
    this.entityLevel = entityLevel;
  }

  /** Returns the entity types scored on this data set, in the referee's order. */
  public ImmutableList<EntityType> scoredEntityTypes() {
    return scoredEntityTypes;
  }

  /** Returns the relation types scored on this data set; empty when it has no relations. */
  public ImmutableList<RelationType> scoredRelationTypes() {
    return scoredRelationTypes;
  }

  /** Returns whether entities are also scored at the level of gold clusters (DWIE only). */
  public boolean scoresEntityLevel() {
    return entityLevel;
  }

  /** The name the command line gives the data set: {@code dwie}, {@code news-graphs}. */
  private String commandLineName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the data set with this name, as the command line spells it ({@code dwie}, {@code
   * crossner}, {@code redocred}, {@code graph}, {@code news-graphs}).
   *
   * @throws IllegalArgumentException if no data set has this name
   */
  public static Dataset named(String name) {
    requireNonNull(name, "name");
    for (Dataset d : values()) {
      if (d.commandLineName().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "no data set is named '"
            + name
            + "'; use one of dwie, crossner, redocred, graph, news-graphs");
  }

  /**
   * Reads the gold documents of this data set from a file.
   *
   * @param path DWIE's {@code dev.json} (its {@code dev_concepts.json} must lie beside it),
   *     CrossNER's {@code dev.txt}, Re-DocRED's {@code dev_revised.json}, a gold graph (which gives
   *     its article as one document without gold mentions), or a folder of gold graphs (one such
   *     document per file, with the file's name without {@code .json} as its id)
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file is not in the data set's format
   */
  public ImmutableList<GoldDocument> read(Path path) {
    requireNonNull(path, "path");
    switch (this) {
      case DWIE:
        {
          String name = path.getFileName().toString();
          Path concepts =
              path.resolveSibling(
                  name.endsWith(".json")
                      ? name.substring(0, name.length() - 5) + "_concepts.json"
                      : name);
          return GoldReaders.dwie(readString(path), readString(concepts));
        }
      case CROSSNER:
        return GoldReaders.crossner(readString(path));
      case REDOCRED:
        return GoldReaders.redocred(readString(path));
      case GRAPH:
        // the article as one gold document without mentions; scoreGraph scores it
        return ImmutableList.of(articleOf(GoldGraph.read(path)));
      case NEWS_GRAPHS:
        return GoldGraph.readFolder(path).stream()
            .map(Dataset::articleOf)
            .collect(ImmutableList.toImmutableList());
      default:
        throw new AssertionError(this);
    }
  }

  private static GoldDocument articleOf(GoldGraph g) {
    return new GoldDocument(
        g.documentId(),
        g.text(),
        ImmutableList.of(),
        ImmutableMap.of(),
        com.google.common.collect.ImmutableSet.of(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  static String readString(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + path + "; check the path", e);
    }
  }

  /** The referee's TYPE_ALIASES: a system LOCATION also counts for a gold CITY. */
  static final ImmutableMap<EntityType, ImmutableList<EntityType>> TYPE_ALIASES =
      ImmutableMap.of(CITY, ImmutableList.of(CITY, EntityType.LOCATION));
}
