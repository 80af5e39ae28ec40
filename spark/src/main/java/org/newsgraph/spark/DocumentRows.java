package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.entity.Entity;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;
import org.newsgraph.spark.internal.DocumentRow;
import org.newsgraph.spark.internal.EntityRow;
import org.newsgraph.spark.internal.EvidenceRow;
import org.newsgraph.spark.internal.RelationRow;

/** Turns one document's extraction, or its failure, into a {@link DocumentRow}. */
final class DocumentRows {

  private DocumentRows() {}

  /**
   * Extracts one document. Any exception becomes the row's error; an {@link Error} (out of memory,
   * ...) is left to fail the task, since the executor is then unusable.
   */
  static DocumentRow extract(Extractor extractor, String id, @Nullable String text) {
    try {
      checkArgument(
          text != null, "text of document '%s' is null; filter out rows without text", id);
      return of(extractor.extract(id, text));
    } catch (RuntimeException e) {
      DocumentRow row = new DocumentRow();
      row.setDocumentId(id);
      row.setEntities(List.of());
      row.setRelations(List.of());
      row.setError(e.getClass().getSimpleName() + ": " + e.getMessage());
      return row;
    }
  }

  /** Returns the rows of a successfully extracted document. */
  static DocumentRow of(Document doc) {
    List<EntityRow> entities = new ArrayList<>();
    for (Entity e : doc.entities()) {
      EntityRow r = new EntityRow();
      r.setDocumentId(doc.id());
      r.setEntityId(e.id());
      r.setType(e.type().name());
      r.setName(e.name());
      r.setCode(e.code().orElse(null));
      r.setValue(e.value().orElse(null));
      r.setCanonicalKey(org.newsgraph.graph.CorpusGraph.key(doc, e));
      r.setMentionCount(e.mentions().size());
      r.setFirstOffset(e.mentions().get(0).begin());
      entities.add(r);
    }
    List<RelationRow> relations = new ArrayList<>();
    for (Relation rel : doc.relations()) {
      RelationRow r = new RelationRow();
      r.setDocumentId(doc.id());
      r.setType(rel.type().name());
      r.setSubjectId(rel.subject().id());
      r.setSubjectName(rel.subject().name());
      r.setSubjectKey(org.newsgraph.graph.CorpusGraph.key(doc, rel.subject()));
      r.setObjectId(rel.object().id());
      r.setObjectName(rel.object().name());
      r.setObjectKey(org.newsgraph.graph.CorpusGraph.key(doc, rel.object()));
      r.setConfidence(rel.confidence());
      r.setModality(rel.modality().name());
      r.setAttributes(rel.attributes());
      List<EvidenceRow> evidence = new ArrayList<>();
      for (Evidence ev : rel.evidence()) {
        EvidenceRow er = new EvidenceRow();
        er.setSentence(ev.sentence());
        er.setBegin(ev.span().begin());
        er.setEnd(ev.span().end());
        er.setText(ev.text());
        er.setFoundBy(ev.foundBy());
        evidence.add(er);
      }
      r.setEvidence(evidence);
      relations.add(r);
    }
    DocumentRow row = new DocumentRow();
    row.setDocumentId(doc.id());
    row.setEntities(entities);
    row.setRelations(relations);
    return row;
  }
}
