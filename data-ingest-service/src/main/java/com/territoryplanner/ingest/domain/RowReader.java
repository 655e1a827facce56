package com.territoryplanner.ingest.domain;

import java.io.IOException;

/** Reads the rows of one uploaded file, whatever its format, one at a time. */
public interface RowReader {

  /**
   * The next row, or null at the end. A row that could not be read comes back carrying its error;
   * after one the reader cannot get past, {@link #stopped()} is true and the next call returns
   * null.
   */
  SourceRow next() throws IOException;

  /** Whether reading ended at a row the reader could not get past, before the end of the input. */
  boolean stopped();

  /** The header line of the rejects file's original columns, as CSV. */
  String originalHeader();
}
