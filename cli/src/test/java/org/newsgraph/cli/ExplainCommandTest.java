package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.entity.EntityType.PERSON;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.Explanation;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/** The layout {@code newsgraph explain} prints, on a hand-built explanation; no model is loaded. */
class ExplainCommandTest {

  private static final String TEXT = "Berg met Klein.";

  private static Explanation.Token token(
      int index, String word, String lemma, String tag, String ner) {
    int b = TEXT.indexOf(word);
    return new Explanation.Token(index, word, lemma, tag, ner, new TextSpan(b, b + word.length()));
  }

  private static Mention mention(String text) {
    int b = TEXT.indexOf(text);
    return new Mention(text, new TextSpan(b, b + text.length()), 0);
  }

  @Test
  void render_oneSentence_printsTokensMentionsEdgesAndRelationsWithTheirRule() {
    Entity berg = Entity.builder("e1", PERSON, "Berg").mention(mention("Berg")).build();
    Entity klein = Entity.builder("e2", PERSON, "Klein").mention(mention("Klein")).build();
    RelationType meets = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));
    Relation met =
        new Relation(
            meets,
            berg,
            klein,
            0.7,
            Modality.ASSERTED,
            Map.of(),
            List.of(
                new Evidence(0, new TextSpan(0, 14), "Berg met Klein", "meets-person-verb-meet")));
    Sentence sentence = new Sentence(0, new TextSpan(0, 15), TEXT);
    Document doc =
        Document.of("document", TEXT, List.of(sentence), List.of(berg, klein), List.of(met));
    Explanation ex =
        new Explanation(
            doc,
            ImmutableList.of(
                new Explanation.SentenceAnalysis(
                    sentence,
                    ImmutableList.of(
                        token(1, "Berg", "Berg", "NNP", "PERSON"),
                        token(2, "met", "meet", "VBD", "O"),
                        token(3, "Klein", "Klein", "NNP", "PERSON"),
                        token(4, ".", ".", ".", "O")),
                    ImmutableList.of(
                        new Explanation.Dependency(0, "root", 2),
                        new Explanation.Dependency(2, "nsubj", 1),
                        new Explanation.Dependency(2, "obj", 3),
                        new Explanation.Dependency(2, "punct", 4)),
                    ImmutableList.of(
                        new Explanation.MentionAnalysis(
                            mention("Berg"),
                            PERSON,
                            Explanation.MentionKind.NAME,
                            Optional.of(berg)),
                        new Explanation.MentionAnalysis(
                            mention("Klein"),
                            PERSON,
                            Explanation.MentionKind.NAME,
                            Optional.empty())))));

    assertThat(ExplainCommand.render(ex))
        .isEqualTo(
            "sentence 0 [0, 15): Berg met Klein.\n"
                + "\n"
                + "  tokens\n"
                + "      #  word   lemma  tag  ner\n"
                + "      1  Berg   Berg   NNP  PERSON\n"
                + "      2  met    meet   VBD  O\n"
                + "      3  Klein  Klein  NNP  PERSON\n"
                + "      4  .      .      .    O\n"
                + "  mentions\n"
                + "    \"Berg\" [0, 4)  PERSON name  -> e1 Berg\n"
                + "    \"Klein\" [9, 14)  PERSON name  -> no entity\n"
                + "  dependencies (enhanced++)\n"
                + "    ROOT-0 -root-> met-2\n"
                + "    met-2 -nsubj-> Berg-1\n"
                + "    met-2 -obj-> Klein-3\n"
                + "    met-2 -punct-> .-4\n"
                + "  relations\n"
                + "    Berg (e1) -MEETS-> Klein (e2)  confidence 0.70  ASSERTED\n"
                + "      foundBy meets-person-verb-meet: \"Berg met Klein\"\n");
  }

  @Test
  void render_noSentences_saysWhy() {
    Explanation ex =
        new Explanation(
            Document.of("document", " ", List.of(), List.of(), List.of()), ImmutableList.of());

    assertThat(ExplainCommand.render(ex))
        .isEqualTo(
            "no sentences: the text is blank or does not read as English, so nothing is extracted\n");
  }

  @Test
  void explain_help_documentsTheRulesOptionsAndExits0() {
    InProcessCli.Run r =
        InProcessCli.runWithoutModels(
            "explain --help must not build an extractor", "explain", "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: newsgraph explain", "TEXT", "--rules", "--gazetteer", "foundBy");
  }
}
