package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-based test: random and mutated texts through the real extractor, each checked by {@link
 * DocumentInvariants}. Plain JUnit with a fixed seed, so a failure is reproducible; the failing
 * text is in the assertion message (issue 6).
 */
class DocumentPropertiesIT {

  private static final long SEED = 20240609L;
  private static final int CASES = 240;

  /** Sentences written for this test, in the constructions the rules handle. */
  private static final String[] SEEDS = {
    "Chilean President Gabriel Boric will attend the G20 summit in Rio de Janeiro.",
    "The prime ministers of Spain and Portugal declined invitations to the NATO summit in Vilnius.",
    "Kenya's President William Ruto confirmed his attendance at the African Union summit.",
    "Brazilian President Luiz Inacio Lula da Silva hosted the BRICS summit in Johannesburg on"
        + " August 22.",
    "Finnish Prime Minister Petteri Orpo met Swedish Prime Minister Ulf Kristersson in Helsinki"
        + " last Tuesday.",
    "The Olympic Games in Paris opened on July 26, 2024, with leaders of France and Italy in the"
        + " stands.",
    "Mexican President Claudia Sheinbaum has also accepted the invitation, her office said.",
    "Japan's annual Hiroshima Peace Memorial Ceremony on August 6th in Hiroshima drew thousands.",
  };

  private static final String[] FRAGMENTS = {
    "President", "the", "of", "'s", ",", ".", "\n", "summit", "Minister", "&amp;", "<p>", "2024",
    "May 9th", "\uD83D\uDE00", "é", "  ", "\t", "(", ")", "\"", "’", "-", "Russia", "Moscow",
    "\u00A0", "\u200B", "\uFFFD", "ß", "İ", "ı"
  };

  @Test
  void extract_randomAndMutatedTexts_keepDocumentInvariants() {
    Random random = new Random(SEED);
    Extractor extractor = SharedExtractor.get();
    for (int i = 0; i < CASES; i++) {
      String text = generate(random, i);
      String id = "case-" + i;
      assertThatCode(() -> DocumentInvariants.check(extractor.extract(id, text)))
          .as("case %s with text <%s>", i, text)
          .doesNotThrowAnyException();
    }
  }

  private static String generate(Random random, int i) {
    switch (i % 4) {
      case 0:
        return randomCharacters(random, 1 + random.nextInt(120));
      case 1:
        return mutate(random, SEEDS[random.nextInt(SEEDS.length)], 1 + random.nextInt(4));
      case 2:
        return SEEDS[random.nextInt(SEEDS.length)] + " " + SEEDS[random.nextInt(SEEDS.length)];
      default:
        return mutate(
            random,
            SEEDS[random.nextInt(SEEDS.length)] + "\n" + SEEDS[random.nextInt(SEEDS.length)],
            5 + random.nextInt(10));
    }
  }

  /** Printable characters from several scripts, spaces and a few surrogate pairs. */
  private static String randomCharacters(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        sb.append((char) ('a' + random.nextInt(26)));
      } else if (kind < 5) {
        sb.append((char) ('A' + random.nextInt(26)));
      } else if (kind < 7) {
        sb.append(' ');
      } else if (kind < 8) {
        sb.append(".,;:!?'\"()-".charAt(random.nextInt(11)));
      } else if (kind < 9) {
        sb.append((char) (0x0400 + random.nextInt(0x100))); // Cyrillic
      } else {
        sb.appendCodePoint(0x1F300 + random.nextInt(0x200)); // emoji, outside the BMP
      }
    }
    return sb.toString();
  }

  /** Applies edits that keep the text valid Unicode: delete, duplicate, insert, swap, case. */
  private static String mutate(Random random, String text, int edits) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    for (int e = 0; e < edits && !words.isEmpty(); e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(6)) {
        case 0 -> words.remove(at);
        case 1 -> words.add(at, words.get(at));
        case 2 -> words.add(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 3 -> {
          int other = random.nextInt(words.size());
          String w = words.get(at);
          words.set(at, words.get(other));
          words.set(other, w);
        }
        case 4 -> words.set(at, words.get(at).toUpperCase(java.util.Locale.ROOT));
        default -> words.set(at, words.get(at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
    }
    return String.join(" ", words);
  }
}
