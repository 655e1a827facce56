package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;
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
    StringBuilder raw = new StringBuilder(carried.length() + position - recordStart);
    raw.append(carried).append(buffer, recordStart, position - recordStart);
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
      end--;
    }
    return raw.substring(0, end);
  }

  /** The next record, or null at the end of the input. */
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
    field.setLength(0);
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == END) {
          throw new MalformedCsvException(
              line, "a quoted field is not closed before the end of the input", false);
        } else if (c == '"' && peek() == '"') {
          read();
          field.append('"');
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && peek() == '\n') {
        // CR of CRLF: the LF ends the record
      } else if (c == '\n' || c == END) {
        fields.add(field.toString());
        fieldsOfLastRecord = fields.size();
        return fields;
      } else if (wasQuoted) {
        long start = line;
        skipRestOfRecord(c);
        throw new MalformedCsvException(start, "text follows the closing quote of a field", true);
      } else {
        field.append((char) c);
      }
    }
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
      throw new MalformedCsvException(
          line,
          "a record is longer than "
              + RecordLimit.describe(maxRecordChars)
              + " (a quote left open?)",
          false);
    }
    return c;
  }
}
