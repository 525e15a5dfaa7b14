package dev.journeymaps.jirarest;

/** A Jira project the signed-in user may browse: its key and name. */
public record JiraProject(String key, String name) {
}
