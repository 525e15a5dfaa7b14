package dev.journeymaps.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Column values to and from Active Objects, shared by every table. Empty text is stored as NULL (Oracle cannot tell them apart). */
public final class Columns {
    private Columns() {
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A day is stored as its UTC midnight, so every host and time zone reads the same day back. */
    public static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public static Date date(Instant instant) {
        return Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** AO's {@code Entity} ids are ints; domain ids are longs. An id no row can have becomes -1. */
    public static int id(long id) {
        return id < 0 || id > Integer.MAX_VALUE ? -1 : (int) id;
    }

    /** Builds the column map for {@code create}; null values are left out (AO stores them as NULL). */
    public static Map<String, Object> values(Object... columnsAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (columnsAndValues[i + 1] != null) {
                values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
            }
        }
        return values;
    }
}
