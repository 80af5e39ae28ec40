package org.newsgraph.examples;

/** One document to extract: its id (file name or jsonl id) and text. */
record InputDocument(String id, String text) {}
