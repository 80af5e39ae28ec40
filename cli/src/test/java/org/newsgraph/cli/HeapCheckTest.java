package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsgraph.Profile;

/** The start-up heap check, without models. */
class HeapCheckTest {

  @Test
  void problem_enoughHeap_isEmpty() {
    assertThat(HeapCheck.DEFAULT_EXTRACTOR.problem(1250L << 20)).isEmpty();
    // what -Xmx1250m gives under the serial and the parallel collector
    assertThat(HeapCheck.DEFAULT_EXTRACTOR.problem(1208L << 20)).isEmpty();
    assertThat(HeapCheck.DEFAULT_EXTRACTOR.problem(1111L << 20)).isEmpty();
    assertThat(HeapCheck.DEFAULT_EXTRACTOR.problem(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void of_fast_needsLessThanTheDefault() {
    assertThat(HeapCheck.of(Profile.FAST).problem(768L << 20)).isEmpty();
    assertThat(HeapCheck.of(Profile.BALANCED).problem(768L << 20)).isPresent();
    assertThat(HeapCheck.of(Profile.FAST).problem(512L << 20))
        .hasValue(
            "newsgraph needs about 0.75 GB of heap for the FAST extractor, but the JVM has 512 MB;"
                + " run it with more, e.g. java -Xmx2g -jar newsgraph.jar ...");
  }

  @Test
  void problem_oneGigabyte_namesXmx() {
    assertThat(HeapCheck.DEFAULT_EXTRACTOR.problem(1L << 30))
        .hasValue(
            "newsgraph needs about 1.25 GB of heap for the default extractor, but the JVM has"
                + " 1024 MB; run it with more, e.g. java -Xmx2g -jar newsgraph.jar ...");
  }

  @Test
  void main_smallHeap_exits1AtOnceNamingXmx() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    NewsGraphCli.class.getName(),
                    "--format",
                    "json"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    // no model is loaded, so it exits in about the time a JVM takes to start
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);

    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(err)
        .startsWith(
            "newsgraph needs about 1.25 GB of heap for the default extractor, but the"
                + " JVM has ")
        .contains("-Xmx2g");
  }
}
