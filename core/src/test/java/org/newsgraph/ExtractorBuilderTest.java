package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/** Builder checks that fail before any model is loaded. */
class ExtractorBuilderTest {

  @Test
  void build_relationWithoutItsEntityTypes_throws() {
    assertThatThrownBy(
            () -> Extractor.builder().entities(EntityType.EVENT).relations(RelationType.LEADER_OF).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relation LEADER_OF connects PERSON -> COUNTRY or ORGANIZATION, but entities(...)"
            + " is [EVENT]; add PERSON");
  }

  @Test
  void entities_setTwice_throws() {
    assertThatThrownBy(
            () -> Extractor.builder().entities(EntityType.PERSON).entities(EntityType.COUNTRY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("entities were already set to [PERSON]");
  }

  @Test
  void entities_customType_throwsUntilSupported() {
    assertThatThrownBy(() -> Extractor.builder().entities(EntityType.custom("WEAPON")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("entity type WEAPON is not built in");
  }

  @Test
  void maxCharacters_notPositive_throws() {
    assertThatThrownBy(() -> Extractor.builder().maxCharacters(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxCharacters must be > 0, but was 0");
  }

  @Test
  void entities_empty_throws() {
    assertThatThrownBy(() -> Extractor.builder().entities())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entities(...) needs at least one entity type");
  }
}
