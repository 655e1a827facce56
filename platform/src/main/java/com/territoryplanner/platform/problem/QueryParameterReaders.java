package com.territoryplanner.platform.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed query parameters (numbers, booleans, UUIDs, dates) so that one that cannot be read is
 * a 400 naming the parameter and why, not the bare 404 ("no resource at this address") that JAX-RS
 * prescribes for it. Path parameters keep the 404: an address that cannot exist.
 */
@Provider
public class QueryParameterReaders implements ParamConverterProvider {

  private record Reader(Function<String, Object> read, String reason) {}

  private static final Reader WHOLE_NUMBER = new Reader(Long::valueOf, "is not a whole number");
  private static final Reader INTEGER = new Reader(Integer::valueOf, "is not a whole number");
  private static final Reader NUMBER =
      new Reader(QueryParameterReaders::finite, "is not a finite number");
  private static final Reader BOOLEAN =
      new Reader(QueryParameterReaders::strictBoolean, "is neither true nor false");

  private static final Map<Class<?>, Reader> READERS =
      Map.ofEntries(
          Map.entry(UUID.class, new Reader(UUID::fromString, "is not a UUID")),
          Map.entry(LocalDate.class, new Reader(LocalDate::parse, "is not a date (YYYY-MM-DD)")),
          Map.entry(Integer.class, INTEGER),
          Map.entry(int.class, INTEGER),
          Map.entry(Long.class, WHOLE_NUMBER),
          Map.entry(long.class, WHOLE_NUMBER),
          Map.entry(BigDecimal.class, new Reader(BigDecimal::new, "is not a number")),
          Map.entry(Double.class, NUMBER),
          Map.entry(double.class, NUMBER),
          Map.entry(Boolean.class, BOOLEAN),
          Map.entry(boolean.class, BOOLEAN));

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Reader reader = READERS.get(rawType);
    String name = queryParameterName(annotations);
    if (reader == null || name == null) {
      return null;
    }
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null) {
          throw new IllegalArgumentException(name + " has no value");
        }
        try {
          return (T) reader.read().apply(value.trim());
        } catch (RuntimeException e) {
          throw new InvalidQueryParameter(name, reader.reason());
        }
      }

      @Override
      public String toString(T value) {
        return String.valueOf(value);
      }
    };
  }

  private static String queryParameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }

  private static Double finite(String value) {
    double number = Double.parseDouble(value);
    if (!Double.isFinite(number)) {
      throw new NumberFormatException(value);
    }
    return number;
  }

  private static Boolean strictBoolean(String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(value);
  }
}
