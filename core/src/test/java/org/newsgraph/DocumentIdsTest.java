package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ids {@code extract(text)} makes (issue 19: every such document was "document"). */
class DocumentIdsTest {

  @Test
  void idOf_differentTexts_differ() {
    assertThat(Extractor.idOf("Ana met Ben.")).isNotEqualTo(Extractor.idOf("Ana met Cleo."));
  }

  @Test
  void idOf_sameText_isTheSame() {
    assertThat(Extractor.idOf("Ana met Ben.")).isEqualTo(Extractor.idOf("Ana met Ben."));
  }

  @Test
  void idOf_isTextAndTwelveHexDigitsOfTheSha256() {
    // SHA-256 of the empty string starts e3b0c44298fc
    assertThat(Extractor.idOf("")).isEqualTo("text-e3b0c44298fc");
    assertThat(Extractor.idOf("Ana met Ben.")).matches("text-[0-9a-f]{12}");
  }
}
