package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

class ExtractorConfigTest {

  @Test
  void of_typesAsNames_keepsOrderAndDropsDuplicates() {
    ExtractorConfig config =
        ExtractorConfig.of(List.of(PERSON, COUNTRY, PERSON), List.of(LEADER_OF));

    assertThat(config.entities()).containsExactly("PERSON", "COUNTRY");
    assertThat(config.relations()).containsExactly("LEADER_OF");
  }

  @Test
  void all_listsEveryBuiltInType() {
    assertThat(ExtractorConfig.all().entities()).hasSize(EntityType.builtIn().size());
    assertThat(ExtractorConfig.all().relations()).hasSize(RelationType.builtIn().size());
  }

  @Test
  void new_unknownEntityType_throws() {
    assertThatThrownBy(() -> new ExtractorConfig(ImmutableList.of("WEAPON"), ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no built-in entity type is named 'WEAPON'");
  }

  @Test
  void new_noEntityType_throws() {
    assertThatThrownBy(() -> new ExtractorConfig(ImmutableList.of(), ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an extractor config needs at least one entity type");
  }

  @Test
  void serialization_roundTrip_givesEqualKey() throws Exception {
    ExtractorConfig config = ExtractorConfig.of(List.of(PERSON, COUNTRY), List.of(LEADER_OF));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }

    assertThat(copy).isEqualTo(config).hasSameHashCodeAs(config);
  }
}
