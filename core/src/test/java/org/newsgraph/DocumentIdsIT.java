package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.CorpusGraph;

/** Documents extracted without an id can be merged (issue 19). */
class DocumentIdsIT {

  @Test
  void extractWithoutId_twoTexts_mergeIntoOneCorpus() {
    Document a = SharedExtractor.get().extract("Chilean President Gabriel Boric visited Peru.");
    Document b = SharedExtractor.get().extract("Gabriel Boric met the president of Peru in Lima.");

    assertThat(a.id()).isEqualTo(Extractor.idOf(a.text())).isNotEqualTo(b.id());
    CorpusGraph corpus = CorpusGraph.merge(List.of(a, b));
    assertThat(corpus.documents()).containsExactly(a.id(), b.id());
    assertThat(corpus.entity("person:gabriel boric").orElseThrow().documents())
        .containsExactly(a.id(), b.id());
  }
}
