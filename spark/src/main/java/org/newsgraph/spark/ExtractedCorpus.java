package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.spark.internal.DocumentRow;

/**
 * The tables extracted from a corpus by {@link SparkExtractor#extract}: entities, relations and
 * errors, one row per item per document, and a {@link CorpusGraph} merged across documents.
 *
 * <p>The tables are lazy Spark datasets over one persisted dataset of per-document results ({@link
 * #documents()}), so each document is extracted once however many tables you read.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>table</th><th>columns</th></tr>
 *   <tr><td>{@link #entities()}</td><td>documentId, entityId, type, name, code (ISO 3166-1
 *       alpha-2 of a country, else null), value (normalized date, else null), canonicalKey,
 *       mentionCount, firstOffset</td></tr>
 *   <tr><td>{@link #relations()}</td><td>documentId, type, subjectId, subjectName, subjectKey,
 *       objectId, objectName, objectKey, confidence, modality, attributes (map), evidence (array of
 *       sentence, begin, end, text, foundBy)</td></tr>
 *   <tr><td>{@link #errors()}</td><td>documentId, error</td></tr>
 * </table>
 *
 * <p>Offsets are Java {@code String} indices into the article text, end exclusive. The {@code
 * canonicalKey} columns identify an entity across documents: {@code COUNTRY:US}, {@code
 * DATE:2022-05-09}, or the type and the normalized name, {@code PERSON:joe biden}.
 */
public final class ExtractedCorpus {

  private final Dataset<DocumentRow> documents;

  ExtractedCorpus(Dataset<DocumentRow> documents) {
    this.documents = documents;
  }

  /**
   * Returns the persisted per-document results: documentId, entities, relations, error. Unpersist
   * it when done with the tables.
   */
  public Dataset<Row> documents() {
    return documents.toDF();
  }

  /** Returns one row per entity per document; see the class documentation for the columns. */
  public Dataset<Row> entities() {
    return documents
        .select(explode(col("entities")).as("e"))
        .select(
            col("e.documentId"),
            col("e.entityId"),
            col("e.type"),
            col("e.name"),
            col("e.code"),
            col("e.value"),
            col("e.canonicalKey"),
            col("e.mentionCount"),
            col("e.firstOffset"));
  }

  /** Returns one row per relation per document; see the class documentation for the columns. */
  public Dataset<Row> relations() {
    return documents
        .select(explode(col("relations")).as("r"))
        .select(
            col("r.documentId"),
            col("r.type"),
            col("r.subjectId"),
            col("r.subjectName"),
            col("r.subjectKey"),
            col("r.objectId"),
            col("r.objectName"),
            col("r.objectKey"),
            col("r.confidence"),
            col("r.modality"),
            col("r.attributes"),
            col("r.evidence"));
  }

  /** Returns one row per document that could not be extracted: documentId, error. */
  public Dataset<Row> errors() {
    return documents.where(col("error").isNotNull()).select(col("documentId"), col("error"));
  }

  /**
   * Returns the corpus graph, built on the driver from at most {@link CorpusGraph#DEFAULT_MAX_ROWS}
   * entity rows and as many relation rows.
   *
   * @see #graph(int)
   */
  public CorpusGraph graph() {
    return graph(CorpusGraph.DEFAULT_MAX_ROWS);
  }

  /**
   * Collects the entities and relations to the driver and merges them on their canonical keys into
   * one graph. The driver must hold every row, so this suits corpora up to some hundred thousand
   * articles; for larger ones, aggregate {@link #entities()} and {@link #relations()} by {@code
   * canonicalKey} in Spark instead.
   *
   * @param maxRows the most entity rows, and the most relation rows, to collect
   * @throws IllegalArgumentException if {@code maxRows} is not positive, or a table has more rows
   */
  public CorpusGraph graph(int maxRows) {
    checkArgument(maxRows > 0, "maxRows must be > 0, but was %s", maxRows);
    List<Row> entities = collect(entities(), maxRows, "entity");
    List<Row> relations = collect(relations(), maxRows, "relation");
    return CorpusGraph.fromRows(entities, relations);
  }

  private static List<Row> collect(Dataset<Row> table, int maxRows, String what) {
    List<Row> rows = table.limit(maxRows + 1).collectAsList();
    checkArgument(
        rows.size() <= maxRows,
        "the corpus has more than %s %s rows, too many to merge on the driver; raise maxRows in"
            + " graph(maxRows) and the driver's memory, or aggregate by canonicalKey in Spark",
        maxRows,
        what);
    return rows;
  }
}
