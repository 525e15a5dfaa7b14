package dev.journeymaps.jirarest;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The last {@code max} ids added, oldest dropped first. */
final class RecentIds {
    /** Cloud's search/jql reconciles at most 50 issues per request. */
    static final int CLOUD_RECONCILE_MAX = 50;

    private final int max;
    private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

    RecentIds(int max) {
        this.max = max;
    }

    synchronized void add(long id) {
        ids.remove(id);
        ids.add(id);
        while (ids.size() > max) {
            ids.remove(ids.iterator().next());
        }
    }

    /** Those of {@code wanted} added lately. */
    synchronized List<Long> among(Collection<Long> wanted) {
        return wanted.stream().filter(ids::contains).distinct().limit(max).toList();
    }
}
