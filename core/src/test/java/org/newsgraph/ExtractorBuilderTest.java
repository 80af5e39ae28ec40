package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.DocumentLimitException.Limit;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/** Argument and state checks of {@link Extractor.Builder}; no model is loaded. */
class ExtractorBuilderTest {

  @Test
  void entities_null_throwsNamingParameter() {
    assertThatThrownBy(() -> Extractor.builder().entities((EntityType[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("types");
  }

  @Test
  void entities_setTwice_throwsIllegalState() {
    assertThatThrownBy(
            () -> Extractor.builder().entities(EntityType.PERSON).entities(EntityType.COUNTRY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("entities were already set to [PERSON]");
  }

  @Test
  void entities_none_throwsIllegalArgument() {
    assertThatThrownBy(() -> Extractor.builder().entities())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entities(...) needs at least one entity type");
  }

  @Test
  void build_customEntityTypeWithoutGazetteer_throwsNamingTheGazetteer() {
    // issue 7: custom types are allowed once a gazetteer finds them, checked at build()
    assertThatThrownBy(() -> Extractor.builder().entities(EntityType.custom("WEAPON")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "entity type WEAPON is not built in and no gazetteer finds it; add one with"
                + " Extractor.builder().gazetteer(Gazetteer.builder(WEAPON)...)");
  }

  @Test
  void profile_setTwice_throwsIllegalState() {
    assertThatThrownBy(() -> Extractor.builder().profile(Profile.FAST).profile(Profile.ACCURATE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("profile was already set to FAST");
  }

  @Test
  void profile_null_throwsNamingParameter() {
    assertThatThrownBy(() -> Extractor.builder().profile(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("profile");
  }

  @Test
  void relations_setTwice_throwsIllegalState() {
    assertThatThrownBy(
            () ->
                Extractor.builder()
                    .relations(RelationType.LEADER_OF)
                    .relations(RelationType.ATTENDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("relations were already set to [LEADER_OF]");
  }

  @Test
  void build_relationWithoutItsEntityTypes_throws() {
    assertThatThrownBy(
            () ->
                Extractor.builder()
                    .entities(EntityType.EVENT)
                    .relations(RelationType.LEADER_OF)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "relation LEADER_OF connects PERSON -> COUNTRY or CITY or LOCATION or ORGANIZATION, but"
                + " entities(...) is"
                + " [EVENT]; add PERSON");
  }

  @Test
  void maxCharacters_notPositive_throws() {
    assertThatThrownBy(() -> Extractor.builder().maxCharacters(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxCharacters must be > 0, but was 0");
  }

  @Test
  void maxCharacters_setTwice_throws() {
    assertThatThrownBy(() -> Extractor.builder().maxCharacters(10).maxCharacters(20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxCharacters was already set to 10");
  }

  @Test
  void maxSentenceTokens_notPositive_throws() {
    assertThatThrownBy(() -> Extractor.builder().maxSentenceTokens(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSentenceTokens must be > 0, but was -1");
  }

  @Test
  void maxSentenceTokens_setTwice_throws() {
    assertThatThrownBy(() -> Extractor.builder().maxSentenceTokens(100).maxSentenceTokens(200))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxSentenceTokens was already set to 100");
  }

  @Test
  void timeBudget_null_throwsNamingParameter() {
    assertThatThrownBy(() -> Extractor.builder().timeBudget(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timeBudget");
  }

  @Test
  void timeBudget_belowOneMillisecond_throws() {
    assertThatThrownBy(() -> Extractor.builder().timeBudget(Duration.ofNanos(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeBudget must be at least 1 ms, but was PT0.00000001S");
  }

  @Test
  void timeBudget_setTwice_throws() {
    assertThatThrownBy(
            () ->
                Extractor.builder()
                    .timeBudget(Duration.ofSeconds(5))
                    .timeBudget(Duration.ofSeconds(9)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("timeBudget was already set to PT5S");
  }

  @Test
  void sentenceTooLong_messageNamesLimitValueAndBuilderMethod() {
    DocumentLimitException e = DocumentLimitException.sentenceTooLong("a.txt", 3, 3000, 500);
    assertThat(e)
        .isInstanceOf(ExtractionException.class)
        .hasMessage(
            "sentence 3 of document 'a.txt' has 3000 tokens, more than the limit of 500; split"
                + " the text into shorter sentences, or raise the limit with"
                + " Extractor.builder().maxSentenceTokens(...)");
    assertThat(e.limit()).isEqualTo(Limit.MAX_SENTENCE_TOKENS);
    assertThat(e.documentId()).isEqualTo("a.txt");
    assertThat(e.value()).isEqualTo(3000);
    assertThat(e.maximum()).isEqualTo(500);
    assertThat(e.limit().builderMethod()).isEqualTo("maxSentenceTokens");
  }

  @Test
  void timeBudgetSpent_messageNamesLimitValueAndBuilderMethod() {
    DocumentLimitException e =
        DocumentLimitException.timeBudgetSpent("a.txt", "annotate: ner", 1250, 1000);
    assertThat(e)
        .hasMessage(
            "document 'a.txt' took 1250 ms, more than the time budget of 1000 ms (stopped after"
                + " annotate: ner); raise the budget with Extractor.builder().timeBudget(...)");
    assertThat(e.limit()).isEqualTo(Limit.TIME_BUDGET);
    assertThat(e.limit().unit()).isEqualTo("ms");
  }
}
