package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;

/**
 * Runs CoreNLP over the text: sentences, tokens, tags and NER spans; if relations are wanted, it
 * leaves a {@link DeferredParse} for {@link ParseStage}. It reads the dateline first, so that the
 * time tagger resolves relative dates against the document date.
 */
final class AnnotateStage implements Stage {

  private final CoreNlpAdapter adapter;
  private final boolean parse;

  AnnotateStage(boolean parse, boolean dates, boolean fast) {
    this.adapter = CoreNlpAdapter.load(parse, dates, fast);
    this.parse = parse;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.SENTENCES, Layer.NER_TAGS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    doc.dateline = Dateline.find(doc.text).orElse(null);
    doc.date = Dateline.documentDate(doc.dateline, doc.published);
    CoreNlpAdapter.Annotated a =
        adapter.annotateDeferred(doc.text, doc.limits, doc.deadline, doc.date);
    doc.sentences = a.sentences();
    doc.parser = parse ? a.parser() : null;
  }
}
