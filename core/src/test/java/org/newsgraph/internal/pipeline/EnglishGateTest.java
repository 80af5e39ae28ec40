package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EnglishGateTest {

  @Test
  void looksEnglish_englishNews_true() {
    assertThat(
            EnglishGate.looksEnglish(
                "Chilean President Gabriel Boric will attend the G20 summit in Rio de Janeiro,"
                    + " his office said on Monday, after weeks of talks with the host country."))
        .isTrue();
  }

  @Test
  void looksEnglish_exampleArticle_true() throws IOException {
    Path article = Path.of("../cli/src/main/resources/org/newsgraph/cli/article.txt");
    assertThat(EnglishGate.looksEnglish(Files.readString(article))).isTrue();
  }

  @Test
  void looksEnglish_shortTexts_true() {
    assertThat(EnglishGate.looksEnglish("Obama")).isTrue();
    assertThat(EnglishGate.looksEnglish("Macron visits Berlin")).isTrue();
    assertThat(EnglishGate.looksEnglish("习近平主席周二在北京会见了法国总统马克龙。")).isTrue();
  }

  @Test
  void looksEnglish_englishInHtml_true() {
    assertThat(
            EnglishGate.looksEnglish(
                "<html><head><title>Summit</title></head><body><h1>Summit news</h1><p>Chilean"
                    + " President Gabriel Boric &amp; Argentine President Javier Milei will attend"
                    + " the G20 summit&nbsp;in Rio de Janeiro.</p><script>var x = 1 < 2 &&"
                    + " true;</script></body></html>"))
        .isTrue();
  }

  @Test
  void looksEnglish_nameHeavyEnglish_true() {
    assertThat(
            EnglishGate.looksEnglish(
                "Leaders attending: Chilean President Gabriel Boric, Argentine President Javier"
                    + " Milei, Kenyan President William Ruto, Indian Prime Minister Narendra Modi"
                    + " and German Chancellor Olaf Scholz at the G20 summit in Rio de Janeiro."))
        .isTrue();
  }

  @Test
  void looksEnglish_german_false() {
    assertThat(
            EnglishGate.looksEnglish(
                "Bundeskanzler Olaf Scholz reiste am Montag nach Paris, um den französischen"
                    + " Präsidenten Emmanuel Macron zu treffen. Die beiden Politiker sprachen über"
                    + " die Lage in der Ukraine und die Zukunft der Europäischen Union."))
        .isFalse();
  }

  @Test
  void looksEnglish_russian_false() {
    assertThat(
            EnglishGate.looksEnglish(
                "Президент России Владимир Путин принял участие в параде Победы в Москве 9 мая. На"
                    + " церемонии присутствовали лидеры нескольких государств, в том числе"
                    + " Казахстана и Узбекистана. Выступая на Красной площади, Путин говорил о"
                    + " мире."))
        .isFalse();
  }
}
