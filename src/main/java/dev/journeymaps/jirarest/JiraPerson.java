package dev.journeymaps.jirarest;

/**
 * A Jira user as the user pickers show them: {@code id} is the Cloud accountId or the Data Center user key (what we
 * store as an owner), {@code username} the DC name (the accountId on Cloud), and the avatar's URL.
 */
public record JiraPerson(String id, String username, String displayName, String avatarUrl) {
}
