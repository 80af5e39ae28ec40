package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.DocumentLimitException.Limit;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Relation;

/**
 * Hostile inputs through the real extractor, each with the behaviour documented in
 * docs/reliability.md (issue 6, issue 2 "Bad input").
 */
class HostileInputIT {

  private static Document extract(String id, String text) {
    Document doc = SharedExtractor.get().extract(id, text);
    DocumentInvariants.check(doc);
    return doc;
  }

  @Test
  void extract_nullText_throwsNamingParameter() {
    assertThatThrownBy(() -> SharedExtractor.get().extract(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> SharedExtractor.get().extract("id", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void extract_nullId_throwsNamingParameter() {
    assertThatThrownBy(() -> SharedExtractor.get().extract(null, "text"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void extract_emptyOrBlank_emptyDocument() {
    for (String text : new String[] {"", " ", "   \n\t \r\n  ", "\u00A0\u2003"}) {
      Document doc = extract("blank", text);
      assertThat(doc.isEmpty()).isTrue();
      assertThat(doc.relations()).isEmpty();
      assertThat(doc.text()).isEqualTo(text);
    }
  }

  @Test
  void extract_onlyPunctuation_noEntity() {
    Document doc = extract("punct", "!!! ... ??? --- ;;; ,,, ((( ))) \"\" '' ** // @@");
    assertThat(doc.entities()).isEmpty();
    assertThat(doc.relations()).isEmpty();
  }

  @Test
  void extract_oneWord_atMostThatWord() {
    assertThat(extract("one", "hello").entities()).isEmpty();
    Document obama = extract("one", "Obama");
    assertThat(obama.entities()).extracting(Entity::name).containsExactly("Obama");
    assertThat(obama.relations()).isEmpty();
  }

  @Test
  void extract_fiveMegabytes_refusedByDefaultLimit() {
    String text =
        "French President Emmanuel Macron met Chancellor Olaf Scholz in Berlin. "
            .repeat(5_000_000 / 71 + 1);
    assertThatThrownBy(() -> SharedExtractor.get().extract("big", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text has "
                + text.length()
                + " characters, more than the limit of 1000000; split it, or raise the limit with"
                + " Extractor.builder().maxCharacters(...)");
  }

  @Test
  void extract_sentenceOf3000Words_limitExceptionByDefault() {
    String text = wordSalad(3000, new Random(6));
    assertThatThrownBy(() -> SharedExtractor.get().extract("long", text))
        .isInstanceOf(DocumentLimitException.class)
        .hasMessage(
            "sentence 0 of document 'long' has 3000 tokens, more than the limit of 500; split the"
                + " text into shorter sentences, or raise the limit with"
                + " Extractor.builder().maxSentenceTokens(...)")
        .satisfies(
            e -> {
              DocumentLimitException d = (DocumentLimitException) e;
              assertThat(d.limit()).isEqualTo(Limit.MAX_SENTENCE_TOKENS);
              assertThat(d.value()).isEqualTo(3000);
              assertThat(d.maximum()).isEqualTo(Extractor.DEFAULT_MAX_SENTENCE_TOKENS);
            });
    // the extractor is still usable afterwards
    assertThat(extract("after", "Chilean President Gabriel Boric spoke.").entities()).isNotEmpty();
  }

  @Test
  void extract_overTimeBudget_limitExceptionAndExtractorStaysUsable() {
    // a second extractor with the same models costs nothing: CoreNLP caches loaded annotators
    Extractor hurried = Extractor.builder().timeBudget(Duration.ofMillis(1)).build();
    String text =
        "French President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday.";
    assertThatThrownBy(() -> hurried.extract("hurried", text))
        .isInstanceOf(DocumentLimitException.class)
        .hasMessageStartingWith("document 'hurried' took ")
        .hasMessageEndingWith("raise the budget with Extractor.builder().timeBudget(...)")
        .satisfies(
            e -> assertThat(((DocumentLimitException) e).limit()).isEqualTo(Limit.TIME_BUDGET));
    Extractor patient = Extractor.builder().timeBudget(Duration.ofMinutes(1)).build();
    assertThat(patient.extract("patient", text).entities()).isNotEmpty();
  }

  @Test
  void extract_nulByte_throwsSayingSo() {
    assertThatThrownBy(() -> SharedExtractor.get().extract("nul", "Macron\0visited Paris."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text holds a NUL character at index 6: it looks like binary data, not text; decode"
                + " the input as text first");
  }

  @Test
  void extract_binaryWithoutNul_throwsSayingSo() {
    StringBuilder sb = new StringBuilder();
    Random random = new Random(2);
    for (int i = 0; i < 400; i++) {
      sb.append((char) (1 + random.nextInt(31)));
    }
    String text = sb.toString();
    assertThatThrownBy(() -> SharedExtractor.get().extract("bin", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "it looks like binary data, not text; decode the input as text first");
  }

  @Test
  void invalidUtf8File_strictDecodingReportsIt_lenientDecodingIsExtracted(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("broken.txt");
    byte[] head =
        "French President Emmanuel Macron visited Berlin".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " on Monday to meet Chancellor Olaf Scholz.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[head.length + 1] = (byte) 0xFF; // never valid in UTF-8
    bytes[head.length + 2] = (byte) 0x80; // a lone continuation byte
    System.arraycopy(tail, 0, bytes, head.length + 3, tail.length);
    Files.write(file, bytes);

    // Files.readString decodes strictly: the caller learns that the file is not UTF-8
    assertThatThrownBy(() -> Files.readString(file)).isInstanceOf(CharacterCodingException.class);
    // decoded leniently, the bad bytes become U+FFFD and the rest is extracted normally
    String lenient = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(lenient).contains("\uFFFD");
    Document doc = extract("broken.txt", lenient);
    assertThat(doc.entities(EntityType.PERSON))
        .extracting(Entity::name)
        .contains("Emmanuel Macron", "Olaf Scholz");
    assertThat(doc.entities()).allSatisfy(e -> assertThat(e.name()).doesNotContain("\uFFFD"));
  }

  @Test
  void extract_htmlMarkupAndEntities_markupIsTextButNeverAName() {
    String html =
        "<html><head><title>Summit</title></head><body><h1>Summit news</h1><p>Chilean President"
            + " Gabriel Boric &amp; Argentine President Javier Milei will attend the G20"
            + " summit&nbsp;in Rio de Janeiro.</p><script>var x = 1 < 2 && true;</script></body>"
            + "</html>";
    Document doc = extract("html", html);
    assertThat(doc.graph().relations())
        .extracting(r -> r.subject().name() + " " + r.type() + " " + r.object().name())
        .contains(
            "Gabriel Boric LEADER_OF Chile",
            "Javier Milei LEADER_OF Argentina",
            "G20 summit LOCATED_IN Rio de Janeiro");
    for (Entity e : doc.entities()) {
      assertThat(e.name()).doesNotContain("<", ">", "&");
      for (Mention m : e.mentions()) {
        assertThat(m.text()).doesNotContain("<", ">", "&amp;", "nbsp");
      }
    }
  }

  @Test
  void extract_emojiAndSupplementaryCharacters_offsetsStayRight() {
    String text =
        "\uD83C\uDF89 French President Emmanuel Macron \uD83C\uDDEB\uD83C\uDDF7 will attend the G20"
            + " summit in Rio de Janeiro \uD83C\uDF0E on Monday. \uD835\uDC01\uD835\uDC2B\uD835\uDC1A"
            + "\uD835\uDC33\uD835\uDC22\uD835\uDC25 hosts it, and Chancellor Olaf Scholz"
            + " \uD83D\uDE00 of Germany will attend too.";
    Document doc = extract("emoji", text);
    assertThat(doc.entities(EntityType.PERSON))
        .extracting(Entity::name)
        .containsExactly("Emmanuel Macron", "Olaf Scholz");
    assertThat(doc.entities(EntityType.CITY)).extracting(Entity::name).contains("Rio de Janeiro");
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
        // no mention starts or ends inside a surrogate pair
        assertThat(Character.isLowSurrogate(text.charAt(m.begin()))).isFalse();
        assertThat(Character.isHighSurrogate(text.charAt(m.end() - 1))).isFalse();
      }
    }
  }

  @Test
  void extract_rightToLeft_noEntityInArabicAndOffsetsRightInMixedText() {
    Document arabic =
        extract(
            "ar",
            "التقى الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني في"
                + " القاهرة يوم الأحد.");
    assertThat(arabic.entities()).isEmpty();
    Document mixed =
        extract(
            "mixed",
            "Israeli Prime Minister Benjamin Netanyahu (\u05D1\u05E0\u05D9\u05DE\u05D9\u05DF"
                + " \u05E0\u05EA\u05E0\u05D9\u05D4\u05D5) met French President Emmanuel Macron in"
                + " Paris on Tuesday.");
    assertThat(mixed.graph().relations())
        .extracting(r -> r.subject().name() + " " + r.type() + " " + r.object().name())
        .contains("Benjamin Netanyahu LEADER_OF Israel", "Emmanuel Macron LEADER_OF France");
  }

  @Test
  void extract_cjk_noEntity() {
    assertThat(extract("zh", "习近平主席周二在北京会见了法国总统马克龙。双方讨论了贸易问题。").entities()).isEmpty();
    assertThat(extract("ja", "岸田文雄首相は東京で記者会見を開いた。").entities()).isEmpty();
  }

  @Test
  void extract_german_emptyDocument() {
    Document doc =
        extract(
            "de",
            "Bundeskanzler Olaf Scholz reiste am Montag nach Paris, um den französischen"
                + " Präsidenten Emmanuel Macron zu treffen. Die beiden Politiker sprachen über die"
                + " Lage in der Ukraine und die Zukunft der Europäischen Union. Am Dienstag wird"
                + " Scholz in Berlin zurückerwartet, wo er am Gipfeltreffen der Regierungschefs"
                + " teilnimmt.");
    assertThat(doc.entities()).isEmpty();
    assertThat(doc.relations()).isEmpty();
    // issue 19: the document says why it is empty
    assertThat(doc.skipReason()).contains(SkipReason.NOT_ENGLISH);
    assertThat(doc.sentences()).isEmpty();
  }

  @Test
  void extract_russian_emptyDocument() {
    Document doc =
        extract(
            "ru",
            "Президент России Владимир Путин принял участие в параде Победы в Москве 9 мая. На"
                + " церемонии присутствовали лидеры нескольких государств, в том числе Казахстана"
                + " и Узбекистана. Выступая на Красной площади, Путин говорил о мире.");
    assertThat(doc.entities()).isEmpty();
    assertThat(doc.relations()).isEmpty();
    assertThat(doc.skipReason()).contains(SkipReason.NOT_ENGLISH);
  }

  @Test
  void extract_englishWithForeignQuote_stillEnglishAndNoRelationToForeignWords() {
    Document doc =
        extract(
            "quote",
            "German Chancellor Olaf Scholz said in Berlin on Monday that the talks were"
                + " \"sehr konstruktiv\" and that he would attend the NATO summit in Vilnius.");
    assertThat(doc.entities(EntityType.PERSON)).extracting(Entity::name).contains("Olaf Scholz");
    for (Relation r : doc.relations()) {
      assertThat(r.subject().name() + r.object().name()).doesNotContain("sehr", "konstruktiv");
    }
  }

  static String wordSalad(int words, Random random) {
    String[] vocabulary = {
      "the",
      "president",
      "of",
      "country",
      "will",
      "attend",
      "summit",
      "and",
      "minister",
      "people",
      "said",
      "in",
      "city",
      "today",
      "government",
      "talks"
    };
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return sb.toString();
  }
}
