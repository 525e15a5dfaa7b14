package dev.journeymaps.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Port: where users open an issue, or a JQL search, in Jira, so pages can link to them. */
public interface IssueUrls {
    /** No Jira base URL is known (the offline demo): keys are shown as plain text. */
    IssueUrls NONE = key -> "";

    /** The issue's page in Jira, or "" when there is no Jira to link to. */
    String browse(String issueKey);

    /** Jira's issue navigator for the JQL ({@code /issues/?jql=…}), or "" without a Jira or without JQL. */
    default String search(String jql) {
        return "";
    }

    /** Jira's {@code /browse/KEY} pages and {@code /issues/?jql=} searches under {@code baseUrl} (with or without a trailing slash). */
    static IssueUrls under(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new IssueUrls() {
            @Override
            public String browse(String key) {
                return key == null || key.isEmpty() ? "" : base + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
            }

            @Override
            public String search(String jql) {
                return jql == null || jql.isEmpty() ? "" : base + "/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8);
            }
        };
    }
}
