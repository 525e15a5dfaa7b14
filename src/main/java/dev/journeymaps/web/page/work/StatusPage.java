package dev.journeymaps.web.page.work;

/** View model of {@code status.vm}: an error page (404, 403, 400) with a translated heading and a detail. */
public record StatusPage(int status, String heading, String detail, String homeUrl) {
}
