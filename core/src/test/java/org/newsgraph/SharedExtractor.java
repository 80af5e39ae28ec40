package org.newsgraph;

/** The one extractor of a test JVM: the models load once and every model-backed test shares it. */
public final class SharedExtractor {

  private SharedExtractor() {}

  private static final class Holder {
    static final Extractor INSTANCE = Extractor.builder().build();
  }

  /** Returns the shared default extractor, building it on first use. */
  public static Extractor get() {
    return Holder.INSTANCE;
  }
}
