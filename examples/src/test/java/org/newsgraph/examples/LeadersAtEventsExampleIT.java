package org.newsgraph.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Runs {@link LeadersAtEventsExample#main} on the real models and reads what it prints. */
class LeadersAtEventsExampleIT {

  @Test
  void main_withoutArguments_printsTheLeadersWhoAttended() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(buffer, true, UTF_8));
    try {
      LeadersAtEventsExample.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String out = buffer.toString(UTF_8);
    String leaders = out.substring(out.indexOf("LEADERS WHO ATTENDED AN EVENT"));
    assertThat(leaders.lines().skip(1).map(String::trim))
        .containsExactlyInAnyOrder(
            "Anna Berg, Estonia, Baltic Sea summit", "Otto Klein, Germany, Baltic Sea summit");
  }
}
