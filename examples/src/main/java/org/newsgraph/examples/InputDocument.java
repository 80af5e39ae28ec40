package org.newsgraph.examples;

import org.jspecify.annotations.Nullable;

/**
 * One document to extract: its id (file name or jsonl id) and either its text or the reason it
 * could not be read.
 */
record InputDocument(String id, @Nullable String text, @Nullable String error) {

  static InputDocument of(String id, String text) {
    return new InputDocument(id, text, null);
  }

  static InputDocument failed(String id, String error) {
    return new InputDocument(id, null, error);
  }

  InputDocument withId(String newId) {
    return new InputDocument(newId, text, error);
  }
}
