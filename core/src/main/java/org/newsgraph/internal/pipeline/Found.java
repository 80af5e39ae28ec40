package org.newsgraph.internal.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.relation.Modality;

/** A relation as found so far in one extraction: best confidence, modality, evidence spans. */
final class Found {

  /**
   * One reading: sentence index, character range and the rule that read it ({@code foundBy}, empty
   * until {@link Readings#record} names it).
   */
  record Span(int sentence, int begin, int end, String foundBy) {

    Span(int sentence, int begin, int end) {
      this(sentence, begin, end, "");
    }

    /** This span, read by the named rule. */
    Span by(String rule) {
      return new Span(sentence, begin, end, rule);
    }
  }

  double confidence;
  Modality modality;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<Span> evidence = new ArrayList<>();

  Found(double confidence, Modality modality) {
    this.confidence = confidence;
    this.modality = modality;
  }

  void merge(double confidence, Modality modality, Span span, Map<String, String> attributes) {
    if (!evidence.isEmpty()
        && this.attributes.containsKey("time")
        && !attributes.containsKey("time")) {
      this.attributes.remove("time"); // a reading without a time word says the role holds now
    }
    this.confidence = Math.max(this.confidence, confidence);
    if (modality.ordinal() < this.modality.ordinal()) {
      this.modality =
          modality; // ASSERTED beats PLANNED beats UNCERTAIN beats REPORTED beats NEGATED
    }
    for (Span s : evidence) {
      if (s.sentence() == span.sentence()) {
        attributes.forEach(this.attributes::putIfAbsent);
        return; // one evidence entry per sentence
      }
    }
    evidence.add(span);
    attributes.forEach(this.attributes::putIfAbsent);
  }
}
