package org.newsgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.SharedExtractor;

/** Extract, write JSON, read it back: the same document (issue 19). */
class JsonRoundTripIT {

  private static final String TEXT =
      "ASTANA, March 3 (Reuters) - Kazakh President Kassym-Jomart Tokayev will attend the summit of"
          + " the Shanghai Cooperation Organisation in Tianjin on Friday, his office said.\n"
          + "The mayor of Almaty, Yerbolat Dossayev, did not attend the \"Nauryz\" festival in"
          + " Shymkent, China's envoy to Kazakhstan said on 5 March 2025.";

  @Test
  void readJson_ofAnExtractedDocument_equalsIt() {
    Document doc = SharedExtractor.get().extract("round-trip.txt", TEXT, LocalDate.of(2025, 3, 4));
    assertThat(doc.relations()).isNotEmpty();

    Document back = JsonReader.read(JsonExporter.toJson(doc));

    assertThat(back).isEqualTo(doc);
    assertThat(JsonExporter.toJson(back)).isEqualTo(JsonExporter.toJson(doc));
  }
}
