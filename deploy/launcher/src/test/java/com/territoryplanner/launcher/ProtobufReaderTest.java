package com.territoryplanner.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtobufReaderTest {

  @Test
  void readsVarintsZigZagAndSkipsLengthDelimitedFields() {
    byte[] bytes = {
      (byte) 0xAC,
      0x02, // varint 300
      0x03, // zigzag -2
      0x03,
      'a',
      'b',
      'c', // a 3-byte field to skip
      0x02,
      'U',
      'S' // a 2-byte string
    };
    ProtobufReader in = new ProtobufReader(bytes);

    assertThat(in.varint()).isEqualTo(300);
    assertThat(in.signedVarint()).isEqualTo(-2);
    in.skip(2);
    assertThat(in.string()).isEqualTo("US");
    assertThat(in.hasMore()).isFalse();
  }
}
