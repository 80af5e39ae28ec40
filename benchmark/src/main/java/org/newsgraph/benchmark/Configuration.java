package org.newsgraph.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.Profile;

/** What one forked JVM of the benchmark runs: a NewsGraph profile or a CoreNLP baseline. */
enum Configuration {
  FAST("fast", Profile.FAST, null),
  BALANCED("balanced", Profile.BALANCED, null),
  ACCURATE("accurate", Profile.ACCURATE, null),
  /** CoreNLP's default named-entity pipeline: three CRFs, SUTime and the fine-grained gazetteer. */
  CORENLP_NER("corenlp-ner", null, "tokenize,ssplit,pos,lemma,ner"),
  /** CoreNLP's relation extractor, with the dependency parser and statistical coreference. */
  CORENLP_KBP("corenlp-kbp", null, "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp");

  /** Processes one document; thread-safe once built. */
  interface Engine {
    /** Returns the NewsGraph document, or null for a CoreNLP baseline. */
    @Nullable Document process(String id, String text);
  }

  private final String id;
  private final @Nullable Profile profile;
  private final @Nullable String annotators;

  Configuration(String id, @Nullable Profile profile, @Nullable String annotators) {
    this.id = id;
    this.profile = profile;
    this.annotators = annotators;
  }

  /** The name on the command line and in the report, e.g. {@code corenlp-ner}. */
  String id() {
    return id;
  }

  boolean isBaseline() {
    return profile == null;
  }

  /** The CoreNLP annotators of a baseline. */
  String annotators() {
    checkArgument(annotators != null, "%s is a NewsGraph profile, not a CoreNLP baseline", id);
    return annotators;
  }

  /** Loads the models and returns the engine. */
  Engine build() {
    if (profile != null) {
      Extractor extractor = Extractor.builder().profile(profile).build();
      return extractor::extract;
    }
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    return (id, text) -> {
      pipeline.annotate(new Annotation(text));
      return null;
    };
  }

  static Configuration of(String id) {
    for (Configuration c : values()) {
      if (c.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    checkArgument(
        false,
        "unknown configuration '%s'; choose from %s",
        id,
        Arrays.stream(values()).map(Configuration::id).collect(Collectors.joining(", ")));
    throw new AssertionError();
  }
}
