package org.newsgraph.spark;

import java.text.Normalizer;
import java.util.Locale;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * The corpus-wide identity of an entity: {@code COUNTRY:US} for a country with an ISO code, {@code
 * DATE:2022-05-09} for a date with a normalized value, else the type and the normalized name, e.g.
 * {@code PERSON:joe biden}; an event known by common nouns alone stays its document's own.
 */
final class CanonicalKey {

  private CanonicalKey() {}

  /**
   * The identity of an entity of a document: {@link #of(Entity)}, except that an event the document
   * mentions by common nouns alone ("the summit", issue 17) is that document's own, {@code
   * EVENT:summit@d001/e3}, and never joins another document's "summit".
   */
  static String of(Document doc, Entity entity) {
    if (entity.type().equals(EntityType.EVENT) && !entity.isNamed()) {
      return of(entity) + "@" + doc.id() + "/" + entity.id();
    }
    return of(entity);
  }

  static String of(Entity entity) {
    EntityType type = entity.type();
    if (entity.code().isPresent()) {
      return type.name() + ":" + entity.code().get();
    }
    if (entity.value().isPresent()) {
      return type.name() + ":" + entity.value().get();
    }
    return type.name() + ":" + normalize(entity.name());
  }

  /** Returns the name in NFKC, lower case (root locale), with runs of white space made one space. */
  static String normalize(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
