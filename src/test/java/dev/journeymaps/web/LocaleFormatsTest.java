package dev.journeymaps.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates follow the reader's language and zone, not the server's. */
class LocaleFormatsTest {
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-01T23:30:00Z");

    @Test
    void theLanguageDecidesTheWords() {
        assertThat(new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC).date(LATE_EVENING_UTC)).isEqualTo("Dec 1, 2026");
        assertThat(new LocaleFormats(Locale.GERMANY, ZoneOffset.UTC).date(LATE_EVENING_UTC)).isEqualTo("01.12.2026");
        assertThat(new LocaleFormats(Locale.FRANCE, ZoneOffset.UTC).dateTime(LATE_EVENING_UTC)).contains("1 déc. 2026", "23:30");
    }

    @Test
    void theZoneDecidesTheDay() {
        Formats tokyo = new LocaleFormats(Locale.ENGLISH, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.date(LATE_EVENING_UTC)).isEqualTo("Dec 2, 2026");
        assertThat(tokyo.dateTime(LATE_EVENING_UTC)).contains("8:30");
    }
}
