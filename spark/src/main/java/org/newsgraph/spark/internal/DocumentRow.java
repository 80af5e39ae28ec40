package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The outcome of one document: its entities and relations, or the error that stopped it. */
public final class DocumentRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String documentId;
  private List<EntityRow> entities;
  private List<RelationRow> relations;
  private String error;

  /** Creates an empty row; for Spark's encoder. */
  public DocumentRow() {}

  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  public List<EntityRow> getEntities() {
    return entities;
  }

  public void setEntities(List<EntityRow> entities) {
    this.entities = entities;
  }

  public List<RelationRow> getRelations() {
    return relations;
  }

  public void setRelations(List<RelationRow> relations) {
    this.relations = relations;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentRow)) {
      return false;
    }
    DocumentRow r = (DocumentRow) o;
    return Objects.equals(documentId, r.documentId)
        && Objects.equals(entities, r.entities)
        && Objects.equals(relations, r.relations)
        && Objects.equals(error, r.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentId, entities, relations, error);
  }

  @Override
  public String toString() {
    return "DocumentRow{"
        + "documentId="
        + documentId
        + ", entities="
        + entities
        + ", relations="
        + relations
        + ", error="
        + error
        + "}";
  }
}
