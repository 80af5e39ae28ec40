package org.newsgraph.relation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.entity.Entity;

/**
 * A typed, directed link between two entities of one document, with its evidence.
 *
 * <p>A document holds at most one relation per (type, subject, object): evidence from several
 * sentences is merged into its {@link #evidence()} list, and its {@link #confidence()} is the
 * highest of the single readings. A leader's title and when it is held are {@link #title()} and
 * {@link #tenure()}; {@link #attributes()} carry the same facts as strings ({@code title}, and
 * {@code time} for a tenure other than {@code CURRENT}). Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Relation r : doc.relations()) {
 *   if (r.type() == RelationType.LEADER_OF && r.tenure() == Tenure.FORMER) {
 *     System.out.println(r.subject().name() + " was " + r.title().orElse("leader") + " of " + r.object().name());
 *   }
 * }
 * }</pre>
 */
public final class Relation {

  private static final String TITLE = "title";
  private static final String TIME = "time";

  private final RelationType type;
  private final Entity subject;
  private final Entity object;
  private final double confidence;
  private final Modality modality;
  private final ImmutableMap<String, String> attributes;
  private final ImmutableList<Evidence> evidence;

  /**
   * Creates a relation.
   *
   * @throws IllegalArgumentException if the type does not accept the entities' types, the
   *     confidence is outside [0, 1], there is no evidence, or a {@code time} attribute names no
   *     {@link Tenure}
   */
  public Relation(
      RelationType type,
      Entity subject,
      Entity object,
      double confidence,
      Modality modality,
      Map<String, String> attributes,
      java.util.List<Evidence> evidence) {
    this.type = requireNonNull(type, "type");
    this.subject = requireNonNull(subject, "subject");
    this.object = requireNonNull(object, "object");
    this.modality = requireNonNull(modality, "modality");
    checkArgument(
        type.accepts(subject.type(), object.type()),
        "%s needs %s -> %s, but got %s -> %s",
        type,
        type.subjectTypes(),
        type.objectTypes(),
        subject.type(),
        object.type());
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must be in [0, 1], but was %s",
        confidence);
    checkArgument(
        !subject.id().equals(object.id()), "relation %s links %s to itself", type, subject);
    // three decimals, as every export prints it, so a document read back from JSON equals the one
    // written, and 0.56 never shows as 0.5599999999999999
    this.confidence = Math.round(confidence * 1000) / 1000.0;
    // sorted by key, so that equal relations print the same however their map was built
    this.attributes = ImmutableSortedMap.copyOf(requireNonNull(attributes, "attributes"));
    String time = this.attributes.get(TIME);
    checkArgument(
        time == null || Arrays.stream(Tenure.values()).anyMatch(t -> t.name().equals(time)),
        "attribute time must name a Tenure %s, but was '%s'",
        Arrays.toString(Tenure.values()),
        time);
    this.evidence = ImmutableList.copyOf(requireNonNull(evidence, "evidence"));
    checkArgument(!this.evidence.isEmpty(), "relation %s has no evidence", type);
  }

  /** Returns the type. */
  public RelationType type() {
    return type;
  }

  /** Returns the subject (the source of the edge). */
  public Entity subject() {
    return subject;
  }

  /** Returns the object (the target of the edge). */
  public Entity object() {
    return object;
  }

  /** Returns the confidence in [0, 1], rounded to three decimals; higher means more likely true. */
  public double confidence() {
    return confidence;
  }

  /** Returns how the text states the relation. */
  public Modality modality() {
    return modality;
  }

  /**
   * Returns the title the relation was read from, as written without its tenure words: {@code
   * President} for "former President X", {@code Prime Minister} for "X, the prime minister of Y";
   * empty for a relation read from no title.
   */
  public Optional<String> title() {
    return Optional.ofNullable(attributes.get(TITLE));
  }

  /**
   * Returns when the role the relation states is held: {@link Tenure#FORMER} for "former President
   * X", {@link Tenure#FUTURE} for "President-elect X", {@link Tenure#ACTING} for "interim leader
   * X", {@link Tenure#OUTGOING} for "outgoing Prime Minister X"; {@link Tenure#CURRENT} when the
   * text says none of these, and for relations that state no role. Where several sentences state
   * the relation, one that says the role is held now wins.
   */
  public Tenure tenure() {
    String t = attributes.get(TIME);
    return t == null ? Tenure.CURRENT : Tenure.valueOf(t);
  }

  /**
   * Returns the attributes sorted by key, e.g. {@code title -> President} for {@code LEADER_OF},
   * and {@code time -> FORMER} for "former President X": the strings behind {@link #title()} and
   * {@link #tenure()}, kept for code written before them.
   */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** Returns the evidence, one entry per sentence that states the relation, in text order. */
  public ImmutableList<Evidence> evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Relation)) {
      return false;
    }
    Relation r = (Relation) o;
    return type.equals(r.type)
        && subject.equals(r.subject)
        && object.equals(r.object)
        && confidence == r.confidence
        && modality == r.modality
        && attributes.equals(r.attributes)
        && evidence.equals(r.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, subject.id(), object.id());
  }

  @Override
  public String toString() {
    return subject.name() + " -" + type + "-> " + object.name();
  }
}
