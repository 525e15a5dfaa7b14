package dev.journeymaps.app.exchange;

import java.util.List;

/**
 * What an import did, or (preview) would do: per map whether it is created or already there unchanged (importing the
 * same file again changes nothing), the personas created, the users the target does not know (kept as written, listed
 * here so someone can fix them), how many issue links are carried over (by issue id and key) and, when they were resolved
 * against the target Jira, how ({@link Issues}).
 */
public record ImportReport(boolean preview, String projectKey, List<MapResult> maps, List<String> personasCreated,
                           List<String> unmatchedUsers, int links, Issues issues) {

    public ImportReport(boolean preview, String projectKey, List<MapResult> maps, List<String> personasCreated,
                        List<String> unmatchedUsers, int links) {
        this(preview, projectKey, maps, personasCreated, unmatchedUsers, links, null);
    }

    public ImportReport with(Issues resolution) {
        return new ImportReport(preview, projectKey, maps, personasCreated, unmatchedUsers, links, resolution);
    }

    /**
     * When the import resolved its links against the target Jira: how many were found by key and by id, and the ones
     * found neither way (kept as unresolved links, shown on their cards as "Unresolved: ABC-12 from the old site").
     */
    public record Issues(int byKey, int byId, List<UnresolvedLink> unresolved) {
    }

    /** A link found on the target neither by key nor by id: where it is, and what the old site called it. */
    public record UnresolvedLink(String map, String card, String issueKey, long issueId) {
    }

    /** {@code action}: "create" or "unchanged"; {@code mapId}: the map created or found (null in a preview of a new one). */
    public record MapResult(String title, String action, Long mapId) {
    }
}
