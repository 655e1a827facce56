package com.territoryplanner.launcher;

import java.nio.charset.StandardCharsets;

/** Just enough of the protobuf wire format to read a stream of small messages. */
final class ProtobufReader {

  private final byte[] bytes;
  private int position;

  ProtobufReader(byte[] bytes) {
    this.bytes = bytes;
  }

  boolean hasMore() {
    return position < bytes.length;
  }

  int position() {
    return position;
  }

  long varint() {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = bytes[position++];
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  long signedVarint() {
    long raw = varint();
    return (raw >>> 1) ^ -(raw & 1);
  }

  String string() {
    int length = (int) varint();
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  void skip(int wireType) {
    switch (wireType) {
      case 0 -> varint();
      case 1 -> position += 8;
      case 2 -> {
        int length = (int) varint(); // read before adding: varint() moves position
        position += length;
      }
      case 5 -> position += 4;
      default -> throw new IllegalStateException("unsupported wire type " + wireType);
    }
  }
}
