package org.newsgraph;

/**
 * Thrown when the extraction engine fails on a document, or a document exceeds a limit set on the
 * {@link Extractor.Builder}. The message says which document and what was being done; the cause, if
 * any, is kept.
 */
public class ExtractionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public ExtractionException(String message) {
    super(message);
  }

  /** Creates an exception with a message and its cause. */
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
