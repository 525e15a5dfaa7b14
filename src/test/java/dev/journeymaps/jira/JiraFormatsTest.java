package dev.journeymaps.jira;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** In Jira, dates are Jira's: the formatter for the logged-in user, complete style for moments, date style for days. */
class JiraFormatsTest {
    private static final Instant AT = Instant.parse("2026-12-01T11:24:00Z");

    @Test
    void datesAreFormattedByJiraForTheLoggedInUser() {
        DateTimeFormatter injected = mock(DateTimeFormatter.class);
        DateTimeFormatter forUser = mock(DateTimeFormatter.class);
        DateTimeFormatter complete = mock(DateTimeFormatter.class);
        DateTimeFormatter date = mock(DateTimeFormatter.class);
        when(injected.forLoggedInUser()).thenReturn(forUser);
        when(forUser.withStyle(DateTimeStyle.COMPLETE)).thenReturn(complete);
        when(forUser.withStyle(DateTimeStyle.DATE)).thenReturn(date);
        when(complete.format(Date.from(AT))).thenReturn("01/Dec/26 11:24 AM");
        when(date.format(Date.from(AT))).thenReturn("01/Dec/26");

        JiraFormats formats = new JiraFormats(injected);

        assertThat(formats.of(mock(HttpServletRequest.class)).dateTime(AT)).isEqualTo("01/Dec/26 11:24 AM");
        assertThat(formats.of(mock(HttpServletRequest.class)).date(AT)).isEqualTo("01/Dec/26");
    }
}
