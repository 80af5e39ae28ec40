package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code newsgraph explain} on the real models, through the command line. */
class ExplainCommandIT {

  @Test
  void explain_leaderSentence_printsTagsEdgesMentionsAndTheRuleThatFoundLeaderOf() {
    InProcessCli.Run r =
        InProcessCli.run(
            "explain", "Kazakh President Kassym-Jomart Tokayev attended the parade in Moscow.");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith(
            "sentence 0 [0, 69): Kazakh President Kassym-Jomart Tokayev attended the parade in"
                + " Moscow.\n\n  tokens\n")
        .containsPattern("\n +7  attended +attend +VBD +O\n")
        .contains(
            "    \"Kazakh\" [0, 6)  COUNTRY demonym  -> e1 Kazakhstan\n",
            "    \"Kassym-Jomart Tokayev\" [17, 38)  PERSON name  -> e2 Kassym-Jomart Tokayev\n",
            "    attended-7 -nsubj-> Tokayev-6\n",
            "    Kassym-Jomart Tokayev (e2) -LEADER_OF-> Kazakhstan (e1)  confidence 0.90  ASSERTED"
                + "  title=President\n"
                + "      foundBy leader-of-person-title-president/country-title-name:"
                + " \"Kazakh President Kassym-Jomart Tokayev\"\n");
  }
}
