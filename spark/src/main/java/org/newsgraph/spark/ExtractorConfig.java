package org.newsgraph.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.Collection;
import org.newsgraph.Extractor;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * What an {@link Extractor} on each Spark executor finds: entity and relation types, by name.
 *
 * <p>A {@link Extractor} holds gigabytes of models and cannot be serialized, so Spark jobs ship
 * this small value instead and each executor JVM builds its extractor from it once. Immutable,
 * serializable, and usable as a map key: equal configurations build equal extractors.
 *
 * <pre>{@code
 * ExtractorConfig config = ExtractorConfig.of(
 *     List.of(PERSON, COUNTRY, EVENT), List.of(LEADER_OF, ATTENDS));
 * }</pre>
 *
 * @param entities the names of the built-in entity types to find, in the order given; not empty
 * @param relations the names of the built-in relation types to find; may be empty
 */
public record ExtractorConfig(ImmutableList<String> entities, ImmutableList<String> relations)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the names.
   *
   * @throws IllegalArgumentException if a name is not a built-in type, or no entity type is given
   */
  public ExtractorConfig {
    requireNonNull(entities, "entities");
    requireNonNull(relations, "relations");
    // valueOf rejects unknown names with a message listing the built-in ones
    entities.forEach(EntityType::valueOf);
    relations.forEach(RelationType::valueOf);
    // building the extractor here would load the models; the builder's own checks run on first use
    if (entities.isEmpty()) {
      throw new IllegalArgumentException("an extractor config needs at least one entity type");
    }
    entities = ImmutableSet.copyOf(entities).asList();
    relations = ImmutableSet.copyOf(relations).asList();
  }

  /** Returns the configuration of {@code Extractor.builder().build()}: every built-in type. */
  public static ExtractorConfig all() {
    return of(EntityType.builtIn(), RelationType.builtIn());
  }

  /** Returns a configuration for these entity and relation types. */
  public static ExtractorConfig of(
      Collection<EntityType> entities, Collection<RelationType> relations) {
    requireNonNull(entities, "entities");
    requireNonNull(relations, "relations");
    return new ExtractorConfig(
        entities.stream().map(EntityType::name).collect(ImmutableList.toImmutableList()),
        relations.stream().map(RelationType::name).collect(ImmutableList.toImmutableList()));
  }

  /** Builds an extractor for this configuration, which loads the models (seconds, gigabytes). */
  public Extractor newExtractor() {
    return Extractor.builder()
        .entities(
            entities.stream().map(EntityType::valueOf).collect(ImmutableList.toImmutableList()))
        .relations(
            relations.stream().map(RelationType::valueOf).collect(ImmutableList.toImmutableList()))
        .build();
  }
}
