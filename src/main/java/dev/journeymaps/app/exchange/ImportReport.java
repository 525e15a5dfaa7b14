package dev.journeymaps.app.exchange;

import java.util.List;

/**
 * What an import did, or (preview) would do: per map whether it is created or already there unchanged (importing the
 * same file again changes nothing), the personas created, the users the target does not know (kept as written, listed
 * here so someone can fix them), and how many issue links are carried over (by issue id and key).
 */
public record ImportReport(boolean preview, String projectKey, List<MapResult> maps, List<String> personasCreated,
                           List<String> unmatchedUsers, int links) {

    /** {@code action}: "create" or "unchanged"; {@code mapId}: the map created or found (null in a preview of a new one). */
    public record MapResult(String title, String action, Long mapId) {
    }
}
