package dev.journeymaps.jira;

import dev.journeymaps.web.IssueUrls;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Issue pages under Jira's canonical base URL, read per call so a changed base URL applies at once. */
@Component
public class JiraIssueUrls implements IssueUrls {
    private final JiraBaseUrl baseUrl;

    @Inject
    public JiraIssueUrls(JiraBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String browse(String issueKey) {
        return IssueUrls.under(baseUrl.canonical()).browse(issueKey);
    }

    @Override
    public String search(String jql) {
        return IssueUrls.under(baseUrl.canonical()).search(jql);
    }
}
