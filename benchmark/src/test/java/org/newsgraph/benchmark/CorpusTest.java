package org.newsgraph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and cutting the benchmark corpus; no model is loaded. */
class CorpusTest {

  @TempDir Path dir;

  @Test
  void cut_longText_endsAtLastSentenceBeforeLimit() {
    String text = "One short sentence. Another short one. A third that runs past the limit.";
    assertThat(Corpus.cut(text, 45)).isEqualTo("One short sentence. Another short one.");
  }

  @Test
  void cut_noLimit_keepsText() {
    assertThat(Corpus.cut("Some text.", 0)).isEqualTo("Some text.");
  }

  @Test
  void read_severalFiles_readsInOrderUpToMaxDocs() throws IOException {
    Path a =
        write(
            "a.jsonl",
            "{\"id\":\"a1\",\"text\":\"First.\"}\n\n{\"id\":\"a2\",\"text\":\"Second.\"}\n");
    Path b = write("b.jsonl", "{\"text\":\"Third.\"}\n{\"id\":\"b2\",\"text\":\"Fourth.\"}\n");

    List<Corpus.Text> docs = Corpus.read(List.of(a, b), 3, 0);

    assertThat(docs)
        .containsExactly(
            new Corpus.Text("a1", "First."),
            new Corpus.Text("a2", "Second."),
            new Corpus.Text("b.jsonl:1", "Third."));
  }

  @Test
  void read_lineWithoutText_throwsNamingLine() throws IOException {
    Path a = write("a.jsonl", "{\"id\":\"a1\",\"body\":\"First.\"}\n");

    assertThatThrownBy(() -> Corpus.read(List.of(a), 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            a + " line 1 has no string field \"text\"; each line must be {\"id\":..,\"text\":..}");
  }

  @Test
  void configuration_unknown_throwsListingChoices() {
    assertThatThrownBy(() -> Configuration.of("spacy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown configuration 'spacy'; choose from fast, balanced, accurate, corenlp-ner,"
                + " corenlp-kbp");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
