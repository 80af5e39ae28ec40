package org.newsgraph.cli;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One document to extract: its id (file name or jsonl id), its publication date if the input gives
 * one (a jsonl {@code date}), and either its text or the reason it could not be read.
 */
record InputDocument(
    String id, @Nullable String text, @Nullable LocalDate date, @Nullable String error) {

  static InputDocument of(String id, String text) {
    return new InputDocument(id, text, null, null);
  }

  static InputDocument of(String id, String text, @Nullable LocalDate date) {
    return new InputDocument(id, text, date, null);
  }

  static InputDocument failed(String id, String error) {
    return new InputDocument(id, null, null, error);
  }

  InputDocument withId(String newId) {
    return new InputDocument(newId, text, date, error);
  }
}
