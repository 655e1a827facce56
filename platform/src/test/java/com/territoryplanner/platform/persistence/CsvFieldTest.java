package com.territoryplanner.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

  @Test
  void everyFieldIsQuotedAndItsQuotesDoubled() {
    assertThat(JdbcWork.csvField("plain")).isEqualTo("\"plain\"");
    assertThat(JdbcWork.csvField("")).isEqualTo("\"\"");
    assertThat(JdbcWork.csvField("\"Acme\", \"\"Inc\""))
        .isEqualTo("\"\"\"Acme\"\", \"\"\"\"Inc\"\"\"");
    assertThat(JdbcWork.csvField("a\nb,c")).isEqualTo("\"a\nb,c\"");
  }

  @Test
  void appendingWritesTheSameAfterWhatIsThere() {
    StringBuilder lines = new StringBuilder("x,");
    JdbcWork.appendCsvField(lines, "say \"hi\"").append('\n');

    assertThat(lines).hasToString("x,\"say \"\"hi\"\"\"\n");
  }
}
