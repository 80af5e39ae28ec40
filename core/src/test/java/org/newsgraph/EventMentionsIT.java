package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * Events as news writes them (issue 17), on sentences written for this test: common nouns that
 * WordNet makes events become EVENT entities with their pre-modifiers and a class; generic nouns do
 * not; and mentions of one event are one entity, while another edition, time or place, or an
 * indefinite "a" (unless the event is named in the headline alone), keeps two apart. Events are
 * written {@code name:CLASS}, with {@code *} after the name for a named event ({@code
 * Entity.isNamed()}); a row lists every event of the text.
 */
class EventMentionsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The two presidents will hold talks in Geneva on Saturday. | talks:MEETING
      Ministers gathered in Doha for next week's trade meeting. | trade meeting:MEETING
      The minister told a news conference in Nairobi that he would resign. | news conference:MEETING
      The country's first all-race elections took place in April. | first all-race elections:ELECTION
      The prime minister arrived in Beijing on a three-day state visit. | three-day state visit:VISIT
      Thousands attended the funeral in Lima on Tuesday. | funeral:CEREMONY
      The trial of the former minister opened in Paris on Monday. | trial:TRIAL
      Police said clashes broke out near the border overnight. | clashes:CONFLICT
      Delegates arrived in Beijing for the party congress. | party congress:MEETING
      The general election will be held in May. | general election:ELECTION
      Workers staged a protest outside parliament on Friday. | protest:PROTEST
      Rescue teams searched the rubble after the earthquake. | earthquake:DISASTER
      The country will hold a referendum on independence in October. | referendum:ELECTION
      He survived the war and returned to Kabul. | war:CONFLICT
      Officials counted the votes after the absentee balloting ended. | absentee balloting:ELECTION
      Lukashenko won presidential polls in 1994. | presidential polls:ELECTION
      Kenya holds parliamentary polls on Tuesday. | parliamentary polls:ELECTION
      Opinion polls show the party ahead. |
      Ukraine signed a grain deal with Turkey in July. | grain deal:AGREEMENT
      Viktor Orban struck a gas deal with Vladimir Putin on Monday. | gas deal:AGREEMENT
      The deal was welcomed by investors on Monday. |
      The plan and the statement were published on Friday. |
      Her decision drew a strong show of support from the region. |
      Thousands of prisoners of war were released in May. |
      The court heard evidence of war crimes. |
      It was a clear demonstration of their resolve. |
      """)
  void sentence_hasExpectedEvents(String text, String expected) {
    assertEvents(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Leaders met at the Arab League summit in Cairo. The summit ended on Sunday. | Arab League summit*:MEETING
      Ministers will attend next week's trade meeting. The meeting will discuss tariffs. | trade meeting:MEETING
      Leaders arrived in Hiroshima for the G7 summit. The meeting opened on Friday. | G7 summit*:MEETING
      Leaders met at the NATO summit in Vilnius in 2023. The next NATO summit will be held in Washington in 2024. | NATO summit*:MEETING; NATO summit*:MEETING
      The last election was held in 2019. The next election is due in 2024. | election:ELECTION; election:ELECTION
      A meeting was held in Rome on Monday. A meeting was also held in Paris on Friday. | meeting:MEETING; meeting:MEETING
      A bomb attack hit the market on Monday. A second attack followed on Tuesday. | bomb attack:CONFLICT; attack:CONFLICT
      The elections were postponed. Observers said the election would be held in June. | elections:ELECTION
      Municipal elections were postponed, but national elections went ahead. | Municipal elections:ELECTION; national elections:ELECTION
      Rebels and troops fought a long war in the north. The conflict killed thousands. | long war:CONFLICT
      The two sides held talks in Amsterdam. The negotiations ended without agreement. | talks:MEETING
      Negotiations resumed in Vienna on Monday. The talks are expected to last a week. | Negotiations:MEETING
      Officials witnessed the signing. After the signing ceremony, the delegations left. | signing ceremony:CEREMONY
      Leaders came to the summit in Brasilia. The summit meeting lasted two days. | summit meeting:MEETING
      Crowds watched the Victory Day parade in Moscow. The parade lasted an hour. | Victory Day parade*:CEREMONY
      Party ends vote boycott // The party called on voters to end a boycott of the elections. | vote boycott:PROTEST; elections:ELECTION
      Leaders to hold summit in Nairobi // African leaders will hold a summit in Nairobi next week. | summit:MEETING
      """)
  void text_hasExpectedEventIdentity(String text, String expected) {
    assertEvents(text, expected);
  }

  /** {@code " // "} in a row ends a line: a headline on a line of its own before the story. */
  private static void assertEvents(String row, String expected) {
    String text = row.replace(" // ", "\n");
    Document doc = SharedExtractor.get().extract(text);
    List<String> events = new ArrayList<>();
    for (Entity e : doc.entities()) {
      if (e.type().equals(EntityType.EVENT)) {
        events.add(
            e.name() + (e.isNamed() ? "*" : "") + ":" + e.eventClass().map(Enum::name).orElse("-"));
      }
    }
    List<String> wanted = new ArrayList<>();
    if (expected != null) {
      for (String s : expected.split(";")) {
        wanted.add(s.strip());
      }
    }
    assertThat(events)
        .as("events of <%s>: %s", text, doc.entities())
        .containsExactlyInAnyOrderElementsOf(wanted);
    DocumentInvariants.check(doc);
  }
}
