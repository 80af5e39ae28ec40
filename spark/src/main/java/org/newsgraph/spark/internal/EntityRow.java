package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.Objects;

/** One entity of one document. */
public final class EntityRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String documentId;
  private String entityId;
  private String type;
  private String name;
  private String code;
  private String value;
  private String canonicalKey;
  private int mentionCount;
  private int firstOffset;

  /** Creates an empty row; for Spark's encoder. */
  public EntityRow() {}

  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getCanonicalKey() {
    return canonicalKey;
  }

  public void setCanonicalKey(String canonicalKey) {
    this.canonicalKey = canonicalKey;
  }

  public int getMentionCount() {
    return mentionCount;
  }

  public void setMentionCount(int mentionCount) {
    this.mentionCount = mentionCount;
  }

  public int getFirstOffset() {
    return firstOffset;
  }

  public void setFirstOffset(int firstOffset) {
    this.firstOffset = firstOffset;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EntityRow)) {
      return false;
    }
    EntityRow r = (EntityRow) o;
    return Objects.equals(documentId, r.documentId)
        && Objects.equals(entityId, r.entityId)
        && Objects.equals(type, r.type)
        && Objects.equals(name, r.name)
        && Objects.equals(code, r.code)
        && Objects.equals(value, r.value)
        && Objects.equals(canonicalKey, r.canonicalKey)
        && mentionCount == r.mentionCount
        && firstOffset == r.firstOffset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        documentId, entityId, type, name, code, value, canonicalKey, mentionCount, firstOffset);
  }

  @Override
  public String toString() {
    return "EntityRow{"
        + "documentId="
        + documentId
        + ", entityId="
        + entityId
        + ", type="
        + type
        + ", name="
        + name
        + ", code="
        + code
        + ", value="
        + value
        + ", canonicalKey="
        + canonicalKey
        + ", mentionCount="
        + mentionCount
        + ", firstOffset="
        + firstOffset
        + "}";
  }
}
