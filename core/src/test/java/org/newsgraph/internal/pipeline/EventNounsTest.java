package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.entity.EventClass;

/**
 * The event-noun lexicon agrees with WordNet 3.1 (issue 17): {@code event-nouns.tsv} is what {@link
 * EventNounsGenerator} makes of WordNet today. Loads WordNet (a few seconds), no CoreNLP model.
 * {@code -Dlexicon.update=true} rewrites the file instead; read the diff.
 */
class EventNounsTest {

  private static String generated;

  @BeforeAll
  static void generate() throws Exception {
    generated = EventNounsGenerator.generate();
    if (Boolean.getBoolean("lexicon.update")) {
      Files.writeString(EventNounsGenerator.FILE, generated, StandardCharsets.UTF_8);
    }
  }

  @Test
  void file_agreesWithWordNet() throws Exception {
    assertThat(Files.readString(EventNounsGenerator.FILE, StandardCharsets.UTF_8))
        .as(
            "event-nouns.tsv is stale: run EventNounsTest with -Dlexicon.update=true and read the diff")
        .isEqualTo(generated);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "meeting, MEETING",
    "talks, MEETING",
    "summit, MEETING",
    "conference, MEETING",
    "negotiation, MEETING",
    "visit, VISIT",
    "tour, VISIT",
    "trip, VISIT",
    "ceremony, CEREMONY",
    "funeral, CEREMONY",
    "banquet, CEREMONY",
    "celebration, CEREMONY",
    "election, ELECTION",
    "referendum, ELECTION",
    "war, CONFLICT",
    "fighting, CONFLICT",
    "clash, CONFLICT",
    "coup, CONFLICT",
    "assassination, CONFLICT",
    "trial, TRIAL",
    "hearing, TRIAL",
    "protest, PROTEST",
    "boycott, PROTEST",
    "tournament, SPORTS",
    "earthquake, DISASTER",
    "epidemic, DISASTER"
  })
  void eventNoun_hasClass(String lemma, String cls) {
    Lexicon lexicon = new Lexicon();
    assertThat(lexicon.eventNoun(lemma)).isNotNull();
    assertThat(lexicon.eventNoun(lemma).cls()).isEqualTo(EventClass.valueOf(cls));
  }

  /** Generic nouns that news uses for things other than events stay out (issue 17). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "deal",
        "plan",
        "statement",
        "event",
        "show",
        "party",
        "campaign",
        "charge",
        "game",
        "decision",
        "agreement",
        "report",
        "policy",
        "support",
        "race",
        "occasion"
      })
  void genericNoun_isNoEventNoun(String lemma) {
    assertThat(new Lexicon().eventNoun(lemma)).isNull();
  }

  @Test
  void votes_isNoEventForm_thoughVoteIs() {
    Lexicon lexicon = new Lexicon();
    assertThat(lexicon.eventNoun("vote").cls()).isEqualTo(EventClass.ELECTION);
    assertThat(lexicon.isNotEventForm("votes")).isTrue();
    assertThat(lexicon.eventNoun("votes")).isNull();
  }

  /** "the meeting" may be the summit: summit's sense lies below meeting's. */
  @Test
  void summit_isKindOfMeeting() {
    Lexicon lexicon = new Lexicon();
    assertThat(lexicon.eventNoun("summit").isKindOf(lexicon.eventNoun("meeting"))).isTrue();
    assertThat(lexicon.eventNoun("meeting").isKindOf(lexicon.eventNoun("summit"))).isFalse();
    assertThat(lexicon.eventNoun("talks").isKindOf(lexicon.eventNoun("negotiation"))).isTrue();
  }
}
