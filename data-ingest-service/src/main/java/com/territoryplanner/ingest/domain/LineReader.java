package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;

/** Lines of text, LF or CRLF, each at most a limit of characters long. */
final class LineReader {

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private boolean started;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its line end, or null at the end of the input. */
  String next() throws IOException {
    line.setLength(0);
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return line.isEmpty() ? null : line.toString();
        }
      }
      char c = buffer[position++];
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (c == '\n') {
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
      }
      if (line.length() == maxChars) {
        throw new LineTooLongException(maxChars);
      }
      line.append(c);
    }
  }

  /** A line longer than the limit: the rest of the input cannot be trusted to be lines. */
  static final class LineTooLongException extends IOException {
    LineTooLongException(int maxChars) {
      super("a line is longer than " + RecordLimit.describe(maxChars));
    }
  }
}
