package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;

class CanonicalKeyTest {

  private static Entity.Builder entity(EntityType type, String name) {
    return Entity.builder("e1", type, name).mention(new Mention(name, new TextSpan(0, name.length()), 0));
  }

  @Test
  void of_countryWithCode_usesCode() {
    assertThat(CanonicalKey.of(entity(EntityType.COUNTRY, "United States").code("US").build()))
        .isEqualTo("COUNTRY:US");
  }

  @Test
  void of_dateWithValue_usesValue() {
    assertThat(CanonicalKey.of(entity(EntityType.DATE, "May 9th").value("XXXX-05-09").build()))
        .isEqualTo("DATE:XXXX-05-09");
  }

  @Test
  void of_person_usesNormalizedName() {
    assertThat(CanonicalKey.of(entity(EntityType.PERSON, "Joe  BIDEN").build()))
        .isEqualTo("PERSON:joe biden");
  }

  /** "the summit" of one article is not the summit of another (issue 17). */
  @Test
  void of_commonNounEvent_isItsDocumentsOwn() {
    Entity summit = entity(EntityType.EVENT, "summit").named(false).build();
    Document doc = Document.of("d001", "summit", List.of(), List.of(summit), List.of());
    assertThat(CanonicalKey.of(doc, summit)).isEqualTo("EVENT:summit@d001/e1");
    Entity named = entity(EntityType.EVENT, "G20 summit").build();
    assertThat(CanonicalKey.of(doc, named)).isEqualTo("EVENT:g20 summit");
  }

  @Test
  void normalize_dottedCapitalI_isRootLocaleLowerCase() {
    // under a Turkish default locale "I".toLowerCase() would give a dotless i
    assertThat(CanonicalKey.normalize("ISTANBUL")).isEqualTo("istanbul");
  }
}
