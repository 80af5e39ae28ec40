package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.Explanation.MentionAnalysis;
import org.newsgraph.Explanation.MentionKind;
import org.newsgraph.Explanation.SentenceAnalysis;
import org.newsgraph.Explanation.Token;
import org.newsgraph.io.JsonExporter;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/** {@link Extractor#explain} on the real models: what the pipeline saw, and what it read. */
class ExplainIT {

  private static final String TOKAYEV =
      "Kazakh President Kassym-Jomart Tokayev attended the parade in Moscow.";

  @Test
  void explain_leaderSentence_showsTokensEdgesMentionsAndTheRuleBehindLeaderOf() {
    Explanation ex = SharedExtractor.get().explain(TOKAYEV);

    assertThat(ex.sentences()).hasSize(1);
    SentenceAnalysis s = ex.sentences().get(0);
    assertThat(s.tokens())
        .extracting(Token::word)
        .containsExactly(
            "Kazakh",
            "President",
            "Kassym",
            "-",
            "Jomart",
            "Tokayev",
            "attended",
            "the",
            "parade",
            "in",
            "Moscow",
            ".");
    Token attended = s.tokens().get(6);
    assertThat(attended.index()).isEqualTo(7);
    assertThat(attended.lemma()).isEqualTo("attend");
    assertThat(attended.tag()).isEqualTo("VBD");
    assertThat(attended.span().begin()).isEqualTo(TOKAYEV.indexOf("attended"));
    assertThat(s.tokens().get(0).nerTag()).isEqualTo("NATIONALITY");
    assertThat(s.tokens().get(5).nerTag()).isEqualTo("PERSON");
    assertThat(s.dependencies().stream().map(s::describe))
        .contains(
            "attended-7 -nsubj-> Tokayev-6",
            "attended-7 -obl:in-> Moscow-11",
            "ROOT-0 -root-> attended-7");

    assertThat(s.mentions())
        .extracting(m -> m.mention().text(), MentionAnalysis::type, MentionAnalysis::kind)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Kazakh", COUNTRY, MentionKind.DEMONYM),
            org.assertj.core.groups.Tuple.tuple("Kassym-Jomart Tokayev", PERSON, MentionKind.NAME),
            org.assertj.core.groups.Tuple.tuple("Moscow", CITY, MentionKind.NAME));
    MentionAnalysis kazakh = s.mentions().get(0);
    assertThat(kazakh.entity().map(e -> e.name())).isEqualTo(Optional.of("Kazakhstan"));

    List<Relation> leaders =
        ex.relationsIn(0).stream().filter(r -> r.type().equals(LEADER_OF)).toList();
    assertThat(leaders).hasSize(1);
    Relation leader = leaders.get(0);
    assertThat(leader.subject().name()).isEqualTo("Kassym-Jomart Tokayev");
    assertThat(leader.object()).isEqualTo(kazakh.entity().orElseThrow());
    assertThat(leader.evidence())
        .extracting(Evidence::foundBy)
        .containsExactly("leader-of-person-title-president/country-title-name");
  }

  @Test
  void explain_sentenceExtractionDoesNotParse_hasEdgesToo_andTheDocumentIsExtractsOwn() {
    String text = TOKAYEV + " The weather was cold and windy.";

    Explanation ex = SharedExtractor.get().explain(text);

    assertThat(ex.sentences()).hasSize(2);
    SentenceAnalysis weather = ex.sentences().get(1);
    assertThat(weather.mentions()).isEmpty();
    assertThat(weather.dependencies().stream().map(weather::describe))
        .contains("cold-4 -nsubj-> weather-2");
    assertThat(ex.relationsIn(1)).isEmpty();
    assertThat(JsonExporter.toJson(ex.document()))
        .isEqualTo(JsonExporter.toJson(SharedExtractor.get().extract(text)));
  }

  @Test
  void explain_blankText_hasNoSentences() {
    Explanation ex = SharedExtractor.get().explain("  \n");

    assertThat(ex.sentences()).isEmpty();
    assertThat(ex.document().relations()).isEmpty();
  }
}
