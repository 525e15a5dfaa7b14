package dev.journeymaps.jirarest;

/**
 * The user the credentials belong to ({@code GET /rest/api/2/myself}). {@code id} is the Cloud
 * {@code accountId}, or the Data Center user {@code key}; email may be empty (Cloud hides it by
 * the user's privacy settings).
 */
public record JiraAccount(String id, String displayName, String emailAddress) {
    public JiraAccount {
        displayName = displayName == null ? "" : displayName;
        emailAddress = emailAddress == null ? "" : emailAddress;
    }
}
