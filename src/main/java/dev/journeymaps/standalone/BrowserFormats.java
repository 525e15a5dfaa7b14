package dev.journeymaps.standalone;

import dev.journeymaps.web.Formats;
import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.ReaderFormats;
import jakarta.servlet.http.HttpServletRequest;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The standalone host's dates: in the language the browser asks for (Accept-Language; English when it asks for
 * none) and the server's configured time zone.
 */
record BrowserFormats(ZoneId zone) implements ReaderFormats {

    @Override
    public Formats of(HttpServletRequest request) {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        return new LocaleFormats(locale, zone);
    }
}
