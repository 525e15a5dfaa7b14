package dev.journeymaps.web;

import java.time.Instant;

/**
 * Port: dates as the person reading the page expects them — their language and their time zone. In Jira: Jira's
 * own formatter for the logged-in user (their profile's zone and language). Standalone: the browser's language and
 * the server's configured zone ({@link LocaleFormats}). Every date on every page goes through here.
 */
public interface Formats {

    /** A moment with its date and time, e.g. "1 Dec 2026, 11:24". */
    String dateTime(Instant instant);

    /** The day of a moment, e.g. "1 Dec 2026". */
    String date(Instant instant);
}
