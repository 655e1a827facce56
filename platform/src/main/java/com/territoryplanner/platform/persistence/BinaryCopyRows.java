package com.territoryplanner.platform.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Rows in the binary format of {@code COPY ... FROM STDIN (FORMAT binary)}: each field its length
 * and its bytes, so PostgreSQL parses nothing, and neither side escapes anything. Only the types
 * the callers need.
 */
public final class BinaryCopyRows {

  private static final int TEXT_OID = 25;
  private static final int INT8_OID = 20;

  private byte[] bytes;
  private int length;

  public BinaryCopyRows(int expectedBytes) {
    bytes = new byte[Math.max(64, expectedBytes)];
  }

  /** Starts a row of this many fields; the fields follow, in the table's column order. */
  public BinaryCopyRows row(int fields) {
    return int16(fields);
  }

  public BinaryCopyRows uuid(UUID value) {
    int32(16);
    int64(value.getMostSignificantBits());
    return int64(value.getLeastSignificantBits());
  }

  public BinaryCopyRows int8(long value) {
    int32(8);
    return int64(value);
  }

  /** A one-dimensional {@code int8[]} without nulls. */
  public BinaryCopyRows int8Array(long[] values) {
    int32(20 + values.length * 12);
    arrayHeader(INT8_OID, values.length);
    for (long value : values) {
      int32(8);
      int64(value);
    }
    return this;
  }

  /** A one-dimensional {@code text[]} without nulls. */
  public BinaryCopyRows textArray(List<String> values) {
    byte[][] encoded = new byte[values.size()][];
    int size = 20;
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
      size += 4 + encoded[i].length;
    }
    int32(size);
    arrayHeader(TEXT_OID, encoded.length);
    for (byte[] value : encoded) {
      int32(value.length);
      put(value);
    }
    return this;
  }

  /** Empties the rows, keeping their room, to write the next ones. */
  public BinaryCopyRows clear() {
    length = 0;
    return this;
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /** What starts every binary COPY: its signature, no flags, no header extension. */
  static byte[] header() {
    BinaryCopyRows header = new BinaryCopyRows(19);
    header.put("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
    header.int32(0);
    header.int32(0);
    return Arrays.copyOf(header.bytes, header.length);
  }

  /** What ends every binary COPY. */
  static byte[] trailer() {
    return new byte[] {-1, -1};
  }

  private void arrayHeader(int elementOid, int elements) {
    int32(1); // dimensions
    int32(0); // no nulls
    int32(elementOid);
    int32(elements);
    int32(1); // lower bound
  }

  private BinaryCopyRows int16(int value) {
    room(2);
    bytes[length++] = (byte) (value >>> 8);
    bytes[length++] = (byte) value;
    return this;
  }

  private void int32(int value) {
    room(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      bytes[length++] = (byte) (value >>> shift);
    }
  }

  private BinaryCopyRows int64(long value) {
    room(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[length++] = (byte) (value >>> shift);
    }
    return this;
  }

  private void put(byte[] value) {
    room(value.length);
    System.arraycopy(value, 0, bytes, length, value.length);
    length += value.length;
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
