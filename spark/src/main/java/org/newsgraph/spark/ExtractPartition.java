package org.newsgraph.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.Extractor;
import org.newsgraph.spark.internal.DocumentRow;

/**
 * Extracts the documents of one partition with this executor's shared {@link Extractor}.
 *
 * <p>Only the configuration and two column indices are serialized with the task; the extractor is
 * looked up (and on first use built) in the executor JVM, so it is never captured in a closure.
 * Rows are extracted lazily as Spark pulls them, so a partition is never held in memory.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, DocumentRow> {

  private static final long serialVersionUID = 1L;

  private final ExtractorConfig config;
  private final int idIndex;
  private final int textIndex;

  ExtractPartition(ExtractorConfig config, int idIndex, int textIndex) {
    this.config = config;
    this.idIndex = idIndex;
    this.textIndex = textIndex;
  }

  @Override
  public Iterator<DocumentRow> call(Iterator<Row> rows) {
    if (!rows.hasNext()) {
      return java.util.Collections.emptyIterator();
    }
    Extractor extractor = ExtractorHolder.get(config);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public DocumentRow next() {
        Row row = rows.next();
        Object id = row.get(idIndex);
        return DocumentRows.extract(
            extractor,
            String.valueOf(id),
            row.isNullAt(textIndex) ? null : row.getString(textIndex));
      }
    };
  }
}
