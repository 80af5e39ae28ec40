package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.TextSpan;

/** The checks and helpers of {@link Explanation}'s value types; no models. */
class ExplanationTest {

  private static final Sentence SENTENCE = new Sentence(0, new TextSpan(0, 9), "Berg met.");

  private static ImmutableList<Explanation.Token> tokens() {
    return ImmutableList.of(
        new Explanation.Token(1, "Berg", "Berg", "NNP", "PERSON", new TextSpan(0, 4)),
        new Explanation.Token(2, "met", "meet", "VBD", "O", new TextSpan(5, 8)),
        new Explanation.Token(3, ".", ".", ".", "O", new TextSpan(8, 9)));
  }

  @Test
  void describe_printsWordAndIndexAtEachEnd_andRootAsRoot0() {
    Explanation.SentenceAnalysis s =
        new Explanation.SentenceAnalysis(
            SENTENCE,
            tokens(),
            ImmutableList.of(
                new Explanation.Dependency(0, "root", 2),
                new Explanation.Dependency(2, "nsubj", 1)),
            ImmutableList.of());

    assertThat(s.dependencies().stream().map(s::describe))
        .containsExactly("ROOT-0 -root-> met-2", "met-2 -nsubj-> Berg-1");
    assertThat(s.dependencies().get(0).isRoot()).isTrue();
  }

  @Test
  void sentenceAnalysis_edgeToATokenTheSentenceLacks_throws() {
    assertThatThrownBy(
            () ->
                new Explanation.SentenceAnalysis(
                    SENTENCE,
                    tokens(),
                    ImmutableList.of(new Explanation.Dependency(2, "obj", 4)),
                    ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge 2 -obj-> 4 joins a token that sentence 0, of 3 tokens, does not have");
  }

  @Test
  void explanation_analysesNotOnePerSentence_throws() {
    Document doc = Document.of("document", "Berg met.", List.of(SENTENCE), List.of(), List.of());

    assertThatThrownBy(() -> new Explanation(doc, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an explanation needs one analysis per sentence: the document has 1 sentences, but 0"
                + " analyses were given");
  }
}
