package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One relation of one document, with its evidence. */
public final class RelationRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String documentId;
  private String type;
  private String subjectId;
  private String subjectName;
  private String subjectKey;
  private String objectId;
  private String objectName;
  private String objectKey;
  private double confidence;
  private String modality;
  private Map<String, String> attributes;
  private List<EvidenceRow> evidence;

  /** Creates an empty row; for Spark's encoder. */
  public RelationRow() {}

  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public void setSubjectName(String subjectName) {
    this.subjectName = subjectName;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public void setSubjectKey(String subjectKey) {
    this.subjectKey = subjectKey;
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  public String getObjectName() {
    return objectName;
  }

  public void setObjectName(String objectName) {
    this.objectName = objectName;
  }

  public String getObjectKey() {
    return objectKey;
  }

  public void setObjectKey(String objectKey) {
    this.objectKey = objectKey;
  }

  public double getConfidence() {
    return confidence;
  }

  public void setConfidence(double confidence) {
    this.confidence = confidence;
  }

  public String getModality() {
    return modality;
  }

  public void setModality(String modality) {
    this.modality = modality;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }

  public List<EvidenceRow> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<EvidenceRow> evidence) {
    this.evidence = evidence;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RelationRow)) {
      return false;
    }
    RelationRow r = (RelationRow) o;
    return Objects.equals(documentId, r.documentId)
        && Objects.equals(type, r.type)
        && Objects.equals(subjectId, r.subjectId)
        && Objects.equals(subjectName, r.subjectName)
        && Objects.equals(subjectKey, r.subjectKey)
        && Objects.equals(objectId, r.objectId)
        && Objects.equals(objectName, r.objectName)
        && Objects.equals(objectKey, r.objectKey)
        && confidence == r.confidence
        && Objects.equals(modality, r.modality)
        && Objects.equals(attributes, r.attributes)
        && Objects.equals(evidence, r.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        documentId,
        type,
        subjectId,
        subjectName,
        subjectKey,
        objectId,
        objectName,
        objectKey,
        confidence,
        modality,
        attributes,
        evidence);
  }

  @Override
  public String toString() {
    return "RelationRow{"
        + "documentId="
        + documentId
        + ", type="
        + type
        + ", subjectId="
        + subjectId
        + ", subjectName="
        + subjectName
        + ", subjectKey="
        + subjectKey
        + ", objectId="
        + objectId
        + ", objectName="
        + objectName
        + ", objectKey="
        + objectKey
        + ", confidence="
        + confidence
        + ", modality="
        + modality
        + ", attributes="
        + attributes
        + ", evidence="
        + evidence
        + "}";
  }
}
