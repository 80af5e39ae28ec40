package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.spark.internal.DocumentRow;

/**
 * Runs NewsGraph extraction over a Spark {@code Dataset} of articles.
 *
 * <p>Each executor JVM builds one {@link org.newsgraph.Extractor} from the {@link ExtractorConfig}
 * the first time one of its tasks needs it, and shares it between its task threads; each partition
 * is extracted with {@code mapPartitions}. A document that fails (binary text, too long, an engine
 * error) becomes a row of {@link ExtractedCorpus#errors()}, never a failed job. Immutable and
 * thread-safe; it is not serialized itself: only the configuration travels to the executors.
 *
 * <pre>{@code
 * SparkExtractor extractor = SparkExtractor.builder(ExtractorConfig.all())
 *     .idColumn("url").textColumn("body").build();
 * ExtractedCorpus corpus = extractor.extract(articles);     // lazy, nothing runs yet
 * corpus.entities().write().parquet("out/entities");
 * corpus.relations().write().parquet("out/relations");
 * }</pre>
 */
public final class SparkExtractor {

  private final ExtractorConfig config;
  private final String idColumn;
  private final String textColumn;
  private final StorageLevel storageLevel;

  private SparkExtractor(Builder b) {
    this.config = b.config;
    this.idColumn = b.idColumn;
    this.textColumn = b.textColumn;
    this.storageLevel = b.storageLevel;
  }

  /** Returns a builder; the columns default to {@code id} and {@code text}. */
  public static Builder builder(ExtractorConfig config) {
    return new Builder(requireNonNull(config, "config"));
  }

  /** Returns the configuration each executor builds its extractor from. */
  public ExtractorConfig config() {
    return config;
  }

  /**
   * Returns the extraction of these articles; lazy, like every Spark transformation.
   *
   * <p>The per-document results are persisted with the builder's storage level the first time one
   * of the tables is computed, so reading entities, relations and errors extracts each document
   * once; call {@code corpus.documents().unpersist()} when done.
   *
   * @throws IllegalArgumentException if the id or text column is missing, or the text column is not
   *     a string
   */
  public ExtractedCorpus extract(Dataset<Row> articles) {
    requireNonNull(articles, "articles");
    int idIndex = index(articles, idColumn, "id");
    int textIndex = index(articles, textColumn, "text");
    StructField text = articles.schema().fields()[textIndex];
    checkArgument(
        text.dataType().equals(DataTypes.StringType),
        "text column '%s' has type %s, but must be a string; cast it first",
        textColumn,
        text.dataType().simpleString());
    Dataset<DocumentRow> documents =
        articles
            .mapPartitions(
                new ExtractPartition(config, idIndex, textIndex), Encoders.bean(DocumentRow.class))
            .persist(storageLevel);
    return new ExtractedCorpus(documents);
  }

  private static int index(Dataset<Row> articles, String column, String role) {
    String[] names = articles.columns();
    int i = Arrays.asList(names).indexOf(column);
    checkArgument(
        i >= 0,
        "the articles have no %s column '%s'; their columns are %s; name it with"
            + " SparkExtractor.builder(...).%sColumn(...)",
        role,
        column,
        Arrays.toString(names),
        role);
    return i;
  }

  @Override
  public String toString() {
    return "SparkExtractor{" + config + ", id=" + idColumn + ", text=" + textColumn + "}";
  }

  /** Configures a {@link SparkExtractor}. Not thread-safe. */
  public static final class Builder {
    private final ExtractorConfig config;
    private String idColumn = "id";
    private String textColumn = "text";
    private StorageLevel storageLevel = StorageLevel.MEMORY_AND_DISK();
    private boolean built;

    private Builder(ExtractorConfig config) {
      this.config = config;
    }

    /** Sets the column that identifies an article (default {@code id}); any type, read as text. */
    public Builder idColumn(String name) {
      this.idColumn = requireNonNull(name, "name");
      return this;
    }

    /** Sets the string column that holds an article's text (default {@code text}). */
    public Builder textColumn(String name) {
      this.textColumn = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets how the per-document results are persisted (default memory and disk). Extraction costs
     * seconds per article, so recomputing it for each table is rarely what you want.
     */
    public Builder storageLevel(StorageLevel level) {
      this.storageLevel = requireNonNull(level, "level");
      return this;
    }

    /**
     * Returns the extractor; loads no model (executors do, on first use).
     *
     * @throws IllegalStateException if called twice
     */
    public SparkExtractor build() {
      checkState(!built, "build() was already called on this builder; use a new builder");
      built = true;
      return new SparkExtractor(this);
    }
  }
}
