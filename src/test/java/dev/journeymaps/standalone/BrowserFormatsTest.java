package dev.journeymaps.standalone;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Standalone: the browser's Accept-Language picks the language, the configured zone the day. */
class BrowserFormatsTest {
    private static final Instant AT = Instant.parse("2026-12-01T23:30:00Z");
    private final BrowserFormats formats = new BrowserFormats(ZoneId.of("Europe/Berlin"));

    @Test
    void aGermanBrowserGetsGermanDatesInTheServersZone() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn("de-DE,de;q=0.9");
        when(request.getLocale()).thenReturn(Locale.GERMANY);

        assertThat(formats.of(request).date(AT)).isEqualTo("02.12.2026");
        assertThat(formats.of(request).dateTime(AT)).isEqualTo("02.12.2026, 00:30");
    }

    @Test
    void aBrowserThatAsksForNoLanguageGetsEnglish() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getLocale()).thenReturn(Locale.CHINA); // the container's default, never asked for

        assertThat(formats.of(request).date(AT)).isEqualTo("Dec 2, 2026");
    }
}
