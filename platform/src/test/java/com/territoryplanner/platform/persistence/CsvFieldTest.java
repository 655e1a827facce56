package com.territoryplanner.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

  @Test
  void everyFieldIsQuotedAndItsQuotesDoubled() {
    assertThat(csvField("plain")).isEqualTo("\"plain\"");
    assertThat(csvField("")).isEqualTo("\"\"");
    assertThat(csvField("\"Acme\", \"\"Inc\"")).isEqualTo("\"\"\"Acme\"\", \"\"\"\"Inc\"\"\"");
    assertThat(csvField("a\nb,c")).isEqualTo("\"a\nb,c\"");
  }

  @Test
  void appendingWritesTheSameAfterWhatIsThere() {
    StringBuilder lines = new StringBuilder("x,");
    JdbcWork.appendCsvField(lines, "say \"hi\"").append('\n');

    assertThat(lines).hasToString("x,\"say \"\"hi\"\"\"\n");
  }

  private static String csvField(String value) {
    return JdbcWork.appendCsvField(new StringBuilder(), value).toString();
  }
}
