package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateCuesTest {

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The summit opens on 9 June",
        "He arrived on Thursday",
        "Talks resume next week",
        "She said so two years ago",
        "The vote is in May",
        "Prices rose 5 %",
        "It cost $ 3",
        "Elections are due in mid-2010",
        "Protests grew in the spring",
        "the first round",
        "at the time"
      })
  void hasCue_dateTimeOrNumber_true(String sentence) {
    assertThat(DateCues.hasCue(words(sentence))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kazakh President Nursultan Nazarbayev arrived in Almaty",
        "The talks may resume",
        "Merkel and Macron met in Berlin"
      })
  void hasCue_namesAndPlacesOnly_false(String sentence) {
    assertThat(DateCues.hasCue(words(sentence))).isFalse();
  }
}
