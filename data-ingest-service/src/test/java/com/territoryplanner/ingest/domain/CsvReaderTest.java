package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedCommasDoubledQuotesAndLineBreaks() throws IOException {
    List<List<String>> records =
        readAll("id,name\r\n1,\"Acme, Inc.\"\r\n2,\"The \"\"Best\"\" Co\nEast\"\r\n");

    assertThat(records)
        .containsExactly(
            List.of("id", "name"),
            List.of("1", "Acme, Inc."),
            List.of("2", "The \"Best\" Co\nEast"));
  }

  @Test
  void skipsByteOrderMarkAndReadsLastLineWithoutNewline() throws IOException {
    assertThat(readAll("\uFEFFid\n7")).containsExactly(List.of("id"), List.of("7"));
  }

  @Test
  void readsTheSameWhenTheInputArrivesACharacterAtATime() throws IOException {
    String text = "\uFEFFid,name\r\n1,\"Acme, Inc.\"\r\n2,\"The \"\"Best\"\" Co\nEast\"\r\n3,";
    CsvReader csv = new CsvReader(new CharacterAtATime(text), 1 << 20);
    List<List<String>> records = new ArrayList<>();
    List<String> raws = new ArrayList<>();
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      records.add(record);
      raws.add(csv.raw());
    }

    assertThat(records).isEqualTo(readAll(text));
    assertThat(raws)
        .containsExactly("id,name", "1,\"Acme, Inc.\"", "2,\"The \"\"Best\"\" Co\nEast\"", "3,");
  }

  @Test
  void aRecordPastItsLimitStopsReadingWhereverTheBlocksEnd() throws IOException {
    CsvReader csv = new CsvReader(new CharacterAtATime("id,name\n1,\"open quote...\n2,b\n"), 12);
    assertThat(csv.next()).containsExactly("id", "name");

    assertThatThrownBy(csv::next)
        .isInstanceOfSatisfying(
            MalformedCsvException.class,
            e -> {
              assertThat(e.recoverable()).isFalse();
              assertThat(e.getMessage()).contains("longer than");
            });
  }

  @Test
  void keepsEmptyFields() throws IOException {
    assertThat(readAll("a,,c\n")).containsExactly(List.of("a", "", "c"));
  }

  @Test
  void resynchronisesAfterTextFollowingAClosingQuote() throws IOException {
    CsvReader csv = new CsvReader(new StringReader("\"a\"b,c\nnext,row\n"), 1 << 20);

    assertThatThrownBy(csv::next)
        .isInstanceOfSatisfying(
            MalformedCsvException.class, e -> assertThat(e.recoverable()).isTrue());
    assertThat(csv.next()).containsExactly("next", "row");
  }

  @Test
  void anOpenQuoteAtTheEndCannotBeRecovered() throws IOException {
    CsvReader csv = new CsvReader(new StringReader("ok\n\"never closed\n"), 1 << 20);
    csv.next();

    assertThatThrownBy(csv::next)
        .isInstanceOfSatisfying(
            MalformedCsvException.class, e -> assertThat(e.recoverable()).isFalse());
  }

  @Test
  void readsBackWhatItsWriterQuotedWhereverTheBlocksEnd() throws IOException {
    // fields of the characters that matter, quoted as RFC 4180 writers quote them; every block
    // size from one character up, so that each character falls on a block's end somewhere
    Random random = new Random(4180);
    String alphabet = "ab,\"\n\ré ";
    List<List<String>> records = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < 200; r++) {
      List<String> fields = new ArrayList<>();
      List<String> written = new ArrayList<>();
      for (int f = 1 + random.nextInt(4); f > 0; f--) {
        StringBuilder value = new StringBuilder();
        for (int c = random.nextInt(6); c > 0; c--) {
          value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String field = value.toString();
        fields.add(field);
        boolean quote = field.matches("(?s).*[,\"\n\r].*");
        written.add(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
      }
      records.add(fields);
      lines.add(String.join(",", written));
      text.append(lines.get(r)).append(random.nextBoolean() ? "\n" : "\r\n");
    }

    for (int block = 1; block <= 12; block++) {
      CsvReader csv = new CsvReader(new StringReader(text.toString()), 1 << 20, block);
      for (int r = 0; r < records.size(); r++) {
        assertThat(csv.next()).as("record %d, blocks of %d", r, block).isEqualTo(records.get(r));
        assertThat(csv.raw()).isEqualTo(lines.get(r));
      }
      assertThat(csv.next()).isNull();
    }
  }

  private static List<List<String>> readAll(String text) throws IOException {
    CsvReader csv = new CsvReader(new StringReader(text), 1 << 20);
    List<List<String>> records = new ArrayList<>();
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      records.add(record);
    }
    return records;
  }

  /** A reader that hands out one character per read, as a slow network body may. */
  private static final class CharacterAtATime extends Reader {
    private final StringReader text;

    CharacterAtATime(String text) {
      this.text = new StringReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return length == 0 ? 0 : text.read(buffer, offset, 1);
    }

    @Override
    public void close() {
      text.close();
    }
  }
}
