package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;

/**
 * One step of the extraction. Stages keep no per-document state (that lives in the {@link
 * WorkingDocument} given to {@link #apply}), so a built stage is thread-safe.
 */
interface Stage {

  /** What a stage reads and writes; the plan is checked against these at build time. */
  enum Layer {
    SENTENCES,
    NER_TAGS,
    DEPENDENCIES,
    MENTIONS,
    EVENTS,
    ENTITIES,
    RELATIONS
  }

  String name();

  ImmutableSet<Layer> requires();

  ImmutableSet<Layer> provides();

  void apply(WorkingDocument doc);
}
