package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsgraph.io.JsonExporter;

/** One shared extractor from 8 threads gives exactly what one thread gives (issue 6). */
class ConcurrentExtractionIT {

  private static final int DOCUMENTS = 200;
  private static final int THREADS = 8;

  private static final String[] LEADERS = {
    "Chilean President Gabriel Boric", "Kenya's President William Ruto",
    "Finnish Prime Minister Petteri Orpo", "Mexican President Claudia Sheinbaum",
    "German Chancellor Olaf Scholz", "Indian Prime Minister Narendra Modi",
    "Brazil's President Luiz Inacio Lula da Silva", "Polish President Andrzej Duda"
  };
  private static final String[] EVENTS = {
    "the G20 summit in Rio de Janeiro", "the NATO summit in Vilnius",
    "the BRICS summit in Johannesburg", "the Victory Day parade in Moscow",
    "the climate conference in Dubai"
  };
  private static final String[] DATES = {"on Monday", "on May 9th", "in 2024", "next week", ""};

  static List<String> documents() {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String leader = LEADERS[i % LEADERS.length];
      String event = EVENTS[(i / LEADERS.length) % EVENTS.length];
      String date = DATES[(i / 3) % DATES.length];
      docs.add(
          leader
              + " will attend "
              + event
              + (date.isEmpty() ? "" : " " + date)
              + ". He said so"
              + " in a statement.");
    }
    return docs;
  }

  @Test
  void extract_eightThreadsSharingOneExtractor_sameJsonAsOneThread() throws Exception {
    Extractor extractor = SharedExtractor.get();
    List<String> docs = documents();
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      sequential.add(JsonExporter.toJson(extractor.extract("doc-" + i, docs.get(i))));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        String id = "doc-" + i;
        String text = docs.get(i);
        futures.add(pool.submit(() -> JsonExporter.toJson(extractor.extract(id, text))));
      }
      List<String> parallel = new ArrayList<>();
      for (Future<String> f : futures) {
        parallel.add(f.get(10, TimeUnit.MINUTES)); // an exception in a worker fails here
      }
      assertThat(parallel).containsExactlyElementsOf(sequential);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(sequential).anySatisfy(json -> assertThat(json).contains("\"LEADER_OF\""));
  }
}
