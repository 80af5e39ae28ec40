package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NER that NewsGraph runs (CRFs, SUTime only on sentences with a date cue, its own fine-grained
 * gazetteer) gives CoreNLP's fine-grained tags. The expected tags are those of CoreNLP's own {@code
 * ner} annotator on these sentences (docs/performance.md compares the two on 100 documents).
 */
class CoreNlpAdapterIT {

  private static final class Holder {
    static final CoreNlpAdapter ADAPTER = new CoreNlpAdapter(true, true, false);
  }

  private static String tags(Sent s) {
    return s.tokens.stream().map(t -> t.word() + "/" + t.ner()).collect(Collectors.joining(" "));
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of(
            "Kazakh President Nursultan Nazarbayev arrived in Almaty on Monday.",
            "Kazakh/NATIONALITY President/TITLE Nursultan/PERSON Nazarbayev/PERSON arrived/O in/O"
                + " Almaty/CITY on/O Monday/DATE ./O"),
        Arguments.of(
            "The governor of California met German officials in Sacramento last week.",
            "The/O governor/TITLE of/O California/STATE_OR_PROVINCE met/O German/NATIONALITY"
                + " officials/O in/O Sacramento/CITY last/DATE week/DATE ./O"),
        Arguments.of(
            "Boston-based Raytheon and the Saudi-led coalition signed a deal in Riyadh, Saudi Arabia.",
            "Boston/CITY -/O based/O Raytheon/ORGANIZATION and/O the/O Saudi/MISC -/MISC led/MISC"
                + " coalition/O signed/O a/O deal/O in/O Riyadh/CITY ,/O Saudi/COUNTRY"
                + " Arabia/COUNTRY ./O"),
        Arguments.of(
            "The Prime Minister of Canada, Justin Trudeau, visited Paris in 2019.",
            "The/O Prime/TITLE Minister/TITLE of/O Canada/COUNTRY ,/O Justin/PERSON"
                + " Trudeau/PERSON ,/O visited/O Paris/CITY in/O 2019/DATE ./O"));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void annotate_newsSentence_coreNlpFineGrainedTags(String text, String expected) {
    List<Sent> sentences = Holder.ADAPTER.annotate(text);

    assertThat(sentences).hasSize(1);
    assertThat(tags(sentences.get(0))).isEqualTo(expected);
  }

  @Test
  void annotate_dates_normalizedBySuTime() {
    Sent s = Holder.ADAPTER.annotate("Trudeau visited Paris in 2019 and Almaty on Monday.").get(0);

    assertThat(s.ner)
        .filteredOn(n -> n.tag().equals("DATE"))
        .extracting(NerSpan::normalized)
        .containsExactly("2019", "XXXX-WXX-1");
  }

  @Test
  void annotateDeferred_someSentencesParsed_onlyThoseHaveDependencies() {
    CoreNlpAdapter.Annotated a =
        Holder.ADAPTER.annotateDeferred(
            "Merkel met Macron in Berlin. It rained.", Limits.NONE, Limits.NONE.start("doc"));
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences()).allSatisfy(s -> assertThat(s.deps).isEmpty());

    a.parser().parse(List.of(a.sentences().get(0)));

    assertThat(a.sentences().get(0).deps).isNotEmpty();
    assertThat(a.sentences().get(0).children(1, "nsubj")).containsExactly(0); // met <- Merkel
    assertThat(a.sentences().get(1).deps).isEmpty();
  }
}
