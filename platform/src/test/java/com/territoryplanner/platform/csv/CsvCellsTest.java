package com.territoryplanner.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertThat(CsvCells.field(null)).isEmpty();
    assertThat(CsvCells.field("Acme")).isEqualTo("Acme");
    assertThat(CsvCells.field("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
    assertThat(CsvCells.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCells.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void neutralisesWhatASpreadsheetWouldRun() {
    assertThat(CsvCells.text("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvCells.text("+1 555")).isEqualTo("'+1 555");
    assertThat(CsvCells.text("-2")).isEqualTo("'-2");
    assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.text("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvCells.text("Acme = best")).isEqualTo("Acme = best");
    assertThat(CsvCells.text("")).isEmpty();
  }
}
