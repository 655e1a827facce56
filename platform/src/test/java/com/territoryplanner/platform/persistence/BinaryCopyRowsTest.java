package com.territoryplanner.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of a text array as COPY's binary format lays them out, whatever the text. */
class BinaryCopyRowsTest {

  @Test
  void aTextArrayIsItsSizeItsHeaderAndEachValueInUtf8AfterItsLength() throws IOException {
    // ASCII, text that turns to other bytes half way, a pair of surrogates, nothing, a lone one
    List<String> values = List.of("Acme, Inc.", "in Zürich", "🏔 peak", "", "broken \uD800 pair");

    BinaryCopyRows rows = new BinaryCopyRows(8).textArray(values);

    assertThat(Arrays.copyOf(rows.bytes(), rows.length())).isEqualTo(expected(values));
  }

  @Test
  void clearedRowsWriteTheNextOnesFromTheStart() throws IOException {
    BinaryCopyRows rows = new BinaryCopyRows(8).textArray(List.of("a first, longer batch"));

    rows.clear().textArray(List.of("next"));

    assertThat(Arrays.copyOf(rows.bytes(), rows.length())).isEqualTo(expected(List.of("next")));
  }

  /** Written the plain way: every value encoded by the JDK first, every length known up front. */
  private static byte[] expected(List<String> values) throws IOException {
    ByteArrayOutputStream elements = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(elements);
    for (String value : values) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    DataOutputStream array = new DataOutputStream(field);
    array.writeInt(20 + elements.size());
    array.writeInt(1); // dimensions
    array.writeInt(0); // no nulls
    array.writeInt(25); // text
    array.writeInt(values.size());
    array.writeInt(1); // lower bound
    array.write(elements.toByteArray());
    return field.toByteArray();
  }
}
