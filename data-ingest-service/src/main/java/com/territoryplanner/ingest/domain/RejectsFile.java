package com.territoryplanner.ingest.domain;

import com.territoryplanner.platform.csv.CsvCells;
import java.io.IOException;
import java.io.Writer;

/**
 * The rejects file of an import, as CSV: reject_row, reject_column, reject_reason, then the
 * original row. A CSV import's rows keep their own columns and quoting, so the file, once fixed,
 * imports again as it is (the three reject columns are ignored); a JSON row is one quoted field.
 */
public final class RejectsFile {

  private final Writer out;
  private final boolean csvOriginals;

  public RejectsFile(Writer out, String format, String originalHeader) throws IOException {
    this.out = out;
    this.csvOriginals = ImportFormat.CSV.name().equals(format);
    out.write("reject_row,reject_column,reject_reason,");
    out.write(csvOriginals ? originalHeader : "original");
    out.write("\r\n");
  }

  public void row(long row, String columns, String reasons, String original) throws IOException {
    out.write(Long.toString(row));
    out.write(',');
    out.write(CsvCells.field(columns));
    out.write(',');
    out.write(CsvCells.field(reasons));
    out.write(',');
    out.write(csvOriginals ? original == null ? "" : original : CsvCells.field(original));
    out.write("\r\n");
  }
}
