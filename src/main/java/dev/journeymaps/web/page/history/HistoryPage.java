package dev.journeymaps.web.page.history;

import java.util.List;

/**
 * View model of {@code history.vm}: a map's snapshots, a comparison (two snapshots, a snapshot and the map now,
 * or this map and a related one) when one was asked for, and the audit trail. {@code canRestore}: the viewer may edit the
 * map, so each snapshot row offers "Restore".
 */
public record HistoryPage(String projectKey, String projectUrl, String mapUrl, String mapTitle, String historyUrl,
                          List<SnapshotRow> snapshots, List<Option> fromOptions, List<Option> toOptions,
                          List<RelatedMap> relatedMaps, Comparison comparison, List<EntryRow> entries, String allEntriesLabel,
                          String allEntriesUrl, long mapId, boolean canRestore) {

    /** The audit trail shows this many versions unless all are asked for. */
    public static final int TRAIL_LENGTH = 50;

    public boolean hasSnapshots() {
        return !snapshots.isEmpty();
    }

    public boolean hasRelatedMaps() {
        return !relatedMaps.isEmpty();
    }

    public boolean hasHiddenEntries() {
        return !allEntriesLabel.isEmpty();
    }

    public boolean hasComparison() {
        return comparison != null;
    }

    /** One stored snapshot. */
    public record SnapshotRow(long id, String label, long version, String takenIso, String takenAt, String takenBy) {
    }

    /** A choice of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A map to compare this one with. */
    public record RelatedMap(String title, String typeLabel, String compareUrl) {
    }

    /**
     * What changed between two boards, said in cards; {@code curves} are both maps' emotion curves when two maps are
     * compared (null for snapshots).
     */
    public record Comparison(String heading, List<CardRow> added, List<CardRow> removed, List<CardRow> changed,
                             dev.journeymaps.web.page.board.CurvePair curves) {
        public Comparison(String heading, List<CardRow> added, List<CardRow> removed, List<CardRow> changed) {
            this(heading, added, removed, changed, null);
        }

        public Comparison withCurves(dev.journeymaps.web.page.board.CurvePair pair) {
            return new Comparison(heading, added, removed, changed, pair);
        }

        /** Both curves are drawn when either map has an emotion score. */
        public boolean hasCurves() {
            return curves != null && curves.drawn();
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        public int addedCount() {
            return added.size();
        }

        public int removedCount() {
            return removed.size();
        }

        public int changedCount() {
            return changed.size();
        }
    }

    /** A card of a comparison: where it is, and for a changed card each field before and after. */
    public record CardRow(String text, String lane, String stage, List<FieldRow> changes) {
    }

    /** One changed field. */
    public record FieldRow(String field, String before, String after) {
    }

    /** One version of the map in the audit trail; {@code subjectUrl} opens the card it is about ("" when none or gone). */
    public record EntryRow(long version, String atIso, String at, String by, String subject, String what, String subjectUrl) {
        public boolean hasSubjectUrl() {
            return !subjectUrl.isEmpty();
        }
    }
}
