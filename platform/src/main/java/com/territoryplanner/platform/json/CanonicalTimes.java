package com.territoryplanner.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Reads instants and dates in the one form events and most clients write them ({@code
 * 2026-07-01T09:30:00.123Z}, {@code 2026-07-01}) without {@code DateTimeFormatter}, which took a
 * quarter of the KPI service's sampled CPU in a replay. Anything else, and any impossible value,
 * goes to Jackson's own deserializer, whose rules and errors stay as they were ({@code
 * StrictDates}).
 */
@Singleton
public class CanonicalTimes implements ObjectMapperCustomizer {

  /** What one unit of a fraction with 1 to 9 digits is worth in nanoseconds. */
  private static final int[] NANOS_PER_DIGIT = {
    100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /** After Quarkus registers Jackson's java.time module: the module registered last wins. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("canonical-times");
    module.addDeserializer(
        Instant.class,
        new FastPath<>(Instant.class, InstantDeserializer.INSTANT, CanonicalTimes::instant));
    module.addDeserializer(
        LocalDate.class,
        new FastPath<>(LocalDate.class, LocalDateDeserializer.INSTANCE, CanonicalTimes::date));
    mapper.registerModule(module);
  }

  /**
   * {@code uuuu-MM-ddTHH:mm:ss[.f…]Z} with 1 to 9 fraction digits, the form {@link
   * Instant#toString} writes for years 0 to 9999; null for anything else.
   */
  static Instant instant(String text) {
    int length = text.length();
    if (length < 20
        || length == 21
        || length > 30
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    LocalDate day = date(text.substring(0, 10));
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (day == null || !within(hour, 23) || !within(minute, 59) || !within(second, 59)) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      if (text.charAt(19) != '.') {
        return null;
      }
      int fraction = digits(text, 20, length - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction * NANOS_PER_DIGIT[length - 22];
    }
    return Instant.ofEpochSecond(
        day.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** {@code uuuu-MM-dd}, a day that exists; null for anything else. */
  static LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  private static boolean within(int value, int highest) {
    return value >= 0 && value <= highest;
  }

  /** The decimal number of text[from, to), -1 when any of it is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Tries the canonical form first and hands everything else to Jackson's deserializer. */
  private static final class FastPath<T> extends JsonDeserializer<T>
      implements ContextualDeserializer {

    private final Class<T> type;
    private final JsonDeserializer<?> standard;
    private final Function<String, T> canonical;

    FastPath(Class<T> type, JsonDeserializer<?> standard, Function<String, T> canonical) {
      this.type = type;
      this.standard = standard;
      this.canonical = canonical;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, BeanProperty property) throws JsonMappingException {
      JsonDeserializer<?> contextual =
          standard instanceof ContextualDeserializer rules
              ? rules.createContextual(context, property)
              : standard;
      return new FastPath<>(type, contextual, canonical);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        T value = canonical.apply(parser.getText());
        if (value != null) {
          return value;
        }
      }
      return type.cast(standard.deserialize(parser, context));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
