package dev.journeymaps.web;

import jakarta.servlet.http.HttpServletRequest;

/** Port: the {@link Formats} of the person making a request (their language and time zone). */
public interface ReaderFormats {

    Formats of(HttpServletRequest request);
}
