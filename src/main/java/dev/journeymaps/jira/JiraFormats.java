package dev.journeymaps.jira;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.journeymaps.web.Formats;
import dev.journeymaps.web.ReaderFormats;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.util.Date;

/**
 * Dates in Jira, as Jira shows them to the logged-in user: Jira's formatter in that user's time zone and language
 * (asked for the logged-in user at each call), in Jira's complete and date styles.
 */
@Component
public class JiraFormats implements ReaderFormats, Formats {
    private final DateTimeFormatter formatter;

    @Inject
    public JiraFormats(@ComponentImport DateTimeFormatter formatter) {
        this.formatter = formatter;
    }

    /** The formatter follows whoever is logged in on the request's thread, so one instance serves every request. */
    @Override
    public Formats of(HttpServletRequest request) {
        return this;
    }

    @Override
    public String dateTime(Instant instant) {
        return formatter.forLoggedInUser().withStyle(DateTimeStyle.COMPLETE).format(Date.from(instant));
    }

    @Override
    public String date(Instant instant) {
        return formatter.forLoggedInUser().withStyle(DateTimeStyle.DATE).format(Date.from(instant));
    }
}
