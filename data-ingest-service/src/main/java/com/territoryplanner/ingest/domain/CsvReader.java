package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; lines
 * end in LF or CRLF; a leading UTF-8 byte-order mark is skipped. Memory holds one record at a time,
 * and a record may not exceed its limit of characters: a quote left open would otherwise swallow
 * the rest of the file.
 */
public final class CsvReader {

  private static final int END = -1;

  private final Reader in;
  private final int maxRecordChars;
  // read in blocks: Reader.read() per character costs a lock and a call each
  private final char[] buffer;
  private int position;
  private int limit;
  private long line = 1;
  private boolean started;
  // the record's text is kept as positions in the block, copied only when a block ends mid-record
  private final StringBuilder carried = new StringBuilder();
  private int recordStart;
  private final StringBuilder field = new StringBuilder();
  private int fieldsOfLastRecord = 16;

  public CsvReader(Reader in, int maxRecordChars) {
    this(in, maxRecordChars, 1 << 16);
  }

  /** A reader of a short input (one record, say) with a block to match. */
  CsvReader(Reader in, int maxRecordChars, int blockChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
    this.buffer = new char[Math.max(blockChars, 1)];
  }

  /** The line of the input the next record starts on (1-based). */
  public long line() {
    return line;
  }

  /** The text of the last record read, as it stood in the input, without its line end. */
  public String raw() {
    CharSequence raw =
        carried.isEmpty()
            ? CharBuffer.wrap(buffer, recordStart, position - recordStart)
            : new StringBuilder(carried).append(buffer, recordStart, position - recordStart);
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
      end--;
    }
    return raw.subSequence(0, end).toString();
  }

  /**
   * The next record, or null at the end of the input. Fields are scanned in runs up to the next
   * character that matters (a separator, a line end, a quote), not character by character: this is
   * most of an import's reading time.
   */
  public List<String> next() throws IOException {
    carried.setLength(0);
    recordStart = position;
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
        recordStart = position;
      }
    }
    if (peek() == END) {
      return null;
    }
    List<String> fields = new ArrayList<>(fieldsOfLastRecord);
    while (true) {
      String value = peek() == '"' ? quotedField() : unquotedField();
      int c = read();
      if (c == '\r' && peek() == '\n') {
        // CR of CRLF: the LF ends the record
        c = read();
      }
      if (c == ',') {
        fields.add(value);
      } else if (c == '\n' || c == END) {
        fields.add(value);
        fieldsOfLastRecord = fields.size();
        return fields;
      } else {
        long start = line;
        skipRestOfRecord(c);
        throw new MalformedCsvException(start, "text follows the closing quote of a field", true);
      }
    }
  }

  /**
   * A field without quotes, up to the separator or line end after it (not read, but for the CR of a
   * CRLF); a quote within it, and a carriage return not before a line feed, are text.
   */
  private String unquotedField() throws IOException {
    field.setLength(0);
    while (peek() != END) {
      int from = position;
      int to = from;
      while (to < limit && buffer[to] != ',' && buffer[to] != '\n' && buffer[to] != '\r') {
        to++;
      }
      consume(to);
      if (to < limit && buffer[to] != '\r') {
        return text(from, to);
      }
      // the block ends, or a CR: either may read the next block, so what is read goes first
      field.append(buffer, from, to - from);
      if (to < limit) {
        read();
        if (peek() == '\n') {
          return field.toString();
        }
        field.append('\r');
      }
    }
    return field.toString();
  }

  /** A quoted field, through its closing quote; doubled quotes within it are one. */
  private String quotedField() throws IOException {
    read();
    field.setLength(0);
    while (true) {
      if (peek() == END) {
        throw new MalformedCsvException(
            line, "a quoted field is not closed before the end of the input", false);
      }
      int from = position;
      int to = from;
      while (to < limit && buffer[to] != '"') {
        to++;
      }
      consume(to);
      if (to + 1 < limit && buffer[to + 1] != '"') {
        // the closing quote, with what follows it in this block
        String value = text(from, to);
        read();
        return value;
      }
      field.append(buffer, from, to - from);
      if (to < limit) {
        read();
        if (peek() != '"') {
          return field.toString();
        }
        read();
        field.append('"');
      }
    }
  }

  /** The field read so far followed by the block's characters from and to the given places. */
  private String text(int from, int to) {
    return field.isEmpty()
        ? new String(buffer, from, to - from)
        : field.append(buffer, from, to - from).toString();
  }

  /**
   * Reads the block's characters up to the given place at once, as {@link #read} would one by one:
   * counting lines, and within the record's limit.
   */
  private void consume(int to) {
    int room = maxRecordChars - (carried.length() + position - recordStart);
    boolean tooLong = to - position > room;
    int end = tooLong ? position + room : to;
    countLines(position, end);
    position = end;
    if (tooLong) {
      throw recordTooLong();
    }
  }

  private void countLines(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
  }

  private MalformedCsvException recordTooLong() {
    return new MalformedCsvException(
        line,
        "a record is longer than " + RecordLimit.describe(maxRecordChars) + " (a quote left open?)",
        false);
  }

  /** Resynchronises after a malformed record: reads on to the end of its line. */
  private void skipRestOfRecord(int c) throws IOException {
    while (c != '\n' && c != END) {
      c = read();
    }
  }

  private int peek() throws IOException {
    if (position == limit) {
      carried.append(buffer, recordStart, limit - recordStart);
      recordStart = 0;
      limit = Math.max(in.read(buffer), 0);
      position = 0;
      if (limit == 0) {
        return END;
      }
    }
    return buffer[position];
  }

  private int read() throws IOException {
    int c = peek();
    if (c == END) {
      return END;
    }
    position++;
    if (c == '\n') {
      line++;
    }
    if (carried.length() + position - 1 - recordStart == maxRecordChars) {
      throw recordTooLong();
    }
    return c;
  }
}
