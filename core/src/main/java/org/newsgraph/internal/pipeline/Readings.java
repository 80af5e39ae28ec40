package org.newsgraph.internal.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Set;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * The one place where a reading becomes a relation of a document: every stage that reads relations
 * records them here, under the name of the rule that read them, so that each relation's evidence
 * says which rule found it.
 */
final class Readings {

  private Readings() {}

  /**
   * Records a reading of {@code type} from cluster {@code subject} to cluster {@code object} in
   * {@code into} (the document's relations or its implied ones), merged into the relation already
   * found for the same (type, subject, object). Nothing is recorded for an unwanted type, a missing
   * cluster, a relation of a cluster to itself, or clusters whose types the relation type does not
   * accept.
   *
   * @return whether the reading was recorded
   */
  static boolean record(
      WorkingDocument doc,
      Map<RelationKey, Found> into,
      Set<RelationType> wanted,
      String rule,
      RelationType type,
      int subject,
      int object,
      double confidence,
      Modality modality,
      Found.Span span,
      Map<String, String> attributes) {
    checkArgument(!rule.isEmpty(), "a reading must name its rule");
    if (!wanted.contains(type) || subject < 0 || object < 0 || subject == object) {
      return false;
    }
    EntityType st = doc.clusters.get(subject).get(0).type;
    EntityType ot = doc.clusters.get(object).get(0).type;
    if (!type.accepts(st, ot)) {
      return false;
    }
    Found f = into.computeIfAbsent(new RelationKey(type, subject, object), k -> new Found(confidence, modality));
    f.merge(confidence, modality, span.by(rule), attributes);
    return true;
  }
}
