package dev.journeymaps.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Port: where users open an issue in Jira, so the map's status lozenges can link to it. */
public interface IssueUrls {
    /** No Jira base URL is known (the offline demo): keys are shown as plain text. */
    IssueUrls NONE = key -> "";

    /** The issue's page in Jira, or "" when there is no Jira to link to. */
    String browse(String issueKey);

    /** Jira's {@code /browse/KEY} pages under {@code baseUrl} (with or without a trailing slash). */
    static IssueUrls under(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return key -> key == null || key.isEmpty() ? "" : base + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
