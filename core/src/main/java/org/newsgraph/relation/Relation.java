package org.newsgraph.relation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.entity.Entity;

/**
 * A typed, directed link between two entities of one document, with its evidence.
 *
 * <p>A document holds at most one relation per (type, subject, object): evidence from several
 * sentences is merged into its {@link #evidence()} list, and its {@link #confidence()} is the
 * highest of the single readings. {@link #attributes()} carry extra facts, such as a leader's
 * {@code title}. Immutable and thread-safe.
 */
public final class Relation {

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
   *     confidence is outside [0, 1], or there is no evidence
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
    checkArgument(!subject.id().equals(object.id()), "relation %s links %s to itself", type, subject);
    // three decimals, as every export prints it, so a document read back from JSON equals the one
    // written, and 0.56 never shows as 0.5599999999999999
    this.confidence = Math.round(confidence * 1000) / 1000.0;
    // sorted by key, so that equal relations print the same however their map was built
    this.attributes = ImmutableSortedMap.copyOf(requireNonNull(attributes, "attributes"));
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

  /**
   * Returns the confidence in [0, 1], rounded to three decimals; higher means more likely true.
   */
  public double confidence() {
    return confidence;
  }

  /** Returns how the text states the relation. */
  public Modality modality() {
    return modality;
  }

  /** Returns the attributes sorted by key, e.g. {@code title -> President} for {@code LEADER_OF}. */
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
