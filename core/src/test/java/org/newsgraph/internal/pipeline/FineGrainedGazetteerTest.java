package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineGrainedGazetteerTest {

  /** A caseless list with CoreNLP's part-of-speech check and a cased list, as CoreNLP's default. */
  private static FineGrainedGazetteer gazetteer(String caseless, String cased) {
    return FineGrainedGazetteer.read(
        List.of(
            new FineGrainedGazetteer.Source(
                "caseless", true, FineGrainedGazetteer.NOUN_OR_ADJECTIVE),
            new FineGrainedGazetteer.Source("cased", false, null)),
        List.of(new StringReader(caseless), new StringReader(cased)));
  }

  private static final FineGrainedGazetteer LISTS =
      gazetteer(
          String.join(
              "\n",
              "kazakh\tNATIONALITY\tMISC\t1",
              "president\tTITLE\tMISC\t1",
              "almaty\tCITY\tLOCATION\t1",
              "paris\tCITY\tLOCATION\t1",
              "york\tCITY\tLOCATION\t1",
              "new york\tCITY\tLOCATION\t2",
              "georgia\tCOUNTRY\tMISC\t1",
              "tbilisi\tCITY\tLOCATION\t1",
              "saudi\tNATIONALITY\tMISC\t1",
              "[A-Z][a-zA-Z]+ activist\tTITLE\tMISC\t1"),
          String.join(
              "\n",
              "Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1",
              "Georgia\tSTATE_OR_PROVINCE\tLOCATION\t1"));

  /** Tags a sentence whose tokens are separated by spaces; "word/POS/NER" per token. */
  private static String tag(FineGrainedGazetteer g, String tokens) {
    String[] parts = tokens.split(" ");
    List<String> words = Arrays.stream(parts).map(p -> p.split("/")[0]).toList();
    List<String> pos = Arrays.stream(parts).map(p -> p.split("/")[1]).toList();
    String[] ner = Arrays.stream(parts).map(p -> p.split("/")[2]).toArray(String[]::new);
    g.tag(words, new boolean[parts.length], pos, ner);
    return String.join(" ", ner);
  }

  @Test
  void tag_leaderArrivesInCity_nationalityTitleCity() {
    assertThat(
            tag(LISTS, "Kazakh/JJ/MISC President/NNP/O arrived/VBD/O in/IN/O Almaty/NNP/LOCATION"))
        .isEqualTo("NATIONALITY TITLE O O CITY");
  }

  @Test
  void tag_caselessListIgnoresCase_casedListDoesNot() {
    assertThat(tag(LISTS, "ALMATY/NNP/LOCATION")).isEqualTo("CITY");
    assertThat(tag(LISTS, "calif/NN/O")).isEqualTo("O");
    assertThat(tag(LISTS, "Calif/NNP/O Calif./NNP/O"))
        .isEqualTo("STATE_OR_PROVINCE STATE_OR_PROVINCE");
  }

  @Test
  void tag_longerEntryOfHigherPriority_wins() {
    assertThat(tag(LISTS, "New/NNP/LOCATION York/NNP/LOCATION")).isEqualTo("CITY CITY");
  }

  @Test
  void tag_sameSpanInBothLists_higherPriorityThenEarlierTriggerWins() {
    // same priority and length: CoreNLP tries cased patterns before caseless ones at a token
    assertThat(tag(LISTS, "Georgia/NNP/LOCATION")).isEqualTo("STATE_OR_PROVINCE");
  }

  @Test
  void tag_cityInsidePersonName_notTagged() {
    assertThat(tag(LISTS, "Paris/NNP/PERSON Hilton/NNP/PERSON")).isEqualTo("PERSON PERSON");
  }

  @Test
  void tag_cityOverMiscOrO_notTagged() {
    // CITY is in CoreNLP's noDefaultOverwriteLabels: it replaces only its listed types (LOCATION)
    assertThat(tag(LISTS, "Tbilisi/NNP/MISC")).isEqualTo("MISC");
    assertThat(tag(LISTS, "Tbilisi/NNP/O")).isEqualTo("O");
    assertThat(tag(LISTS, "Tbilisi/NNP/LOCATION")).isEqualTo("CITY");
  }

  @Test
  void tag_noNounOrAdjective_notTagged() {
    assertThat(tag(LISTS, "president/VB/O")).isEqualTo("O");
  }

  @Test
  void tag_openRegularExpression_matchedAsRegularExpression() {
    assertThat(tag(LISTS, "Environmental/JJ/O activist/NN/O")).isEqualTo("TITLE TITLE");
  }

  @Test
  void tag_hyphenatedWord_matchedAsOneToken() {
    // "Saudi-led" is one token for CoreNLP's NER, so "Saudi" alone is no match
    List<String> words = List.of("Saudi", "-", "led", "forces");
    boolean[] noSpace = {true, true, false, false};
    String[] ner = {"O", "O", "O", "O"};
    LISTS.tag(words, noSpace, List.of("NNP", "HYPH", "VBN", "NNS"), ner);
    assertThat(ner).containsExactly("O", "O", "O", "O");
  }

  @Test
  void units_hyphens_joinedExceptBeforeBased() {
    assertThat(
            FineGrainedGazetteer.units(
                List.of("Saudi", "-", "led", "and", "Boston", "-", "based"),
                new boolean[] {true, true, false, false, true, true, false}))
        .containsExactly(0, 3, 4, 5, 6, 7);
  }

  @Test
  void expand_optionalPeriodAndClass_allWords() {
    assertThat(FineGrainedGazetteer.expand("Calif\\.?")).containsExactly("Calif.", "Calif");
    assertThat(FineGrainedGazetteer.expand("[Tt]ex")).containsExactly("Tex", "tex");
    assertThat(FineGrainedGazetteer.expand("[A-Z][a-zA-Z]+")).isNull();
    assertThat(FineGrainedGazetteer.expand("secretary.*")).isNull();
  }

  @Test
  void fold_mixedCase_lowerCase() {
    assertThat(FineGrainedGazetteer.fold("ALMATY")).isEqualTo("almaty");
    assertThat(FineGrainedGazetteer.fold("İstanbul"))
        .isEqualTo(FineGrainedGazetteer.fold("istanbul"));
  }

  @Test
  void read_duplicatePattern_firstKept() {
    FineGrainedGazetteer g =
        gazetteer("almaty\tCITY\tLOCATION\t1\nAlmaty\tCOUNTRY\tLOCATION\t1", "");
    assertThat(g.size()).isEqualTo(1);
    assertThat(tag(g, "Almaty/NNP/LOCATION")).isEqualTo("CITY");
  }

  @Test
  void read_badPriority_throws() {
    assertThatThrownBy(() -> gazetteer("almaty\tCITY\tLOCATION\tone", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1 of caseless has priority 'one', which is not a number");
  }

  @Test
  void full_coreNlpLists_loaded() {
    // the lists are in the models jar, which is on the test class path; no model is loaded
    assertThat(FineGrainedGazetteer.casedOnly().size()).isGreaterThan(4_000);
  }
}
