package dev.journeymaps.web.page.history;

import dev.journeymaps.web.Formats;
import dev.journeymaps.web.page.Option;
import dev.journeymaps.web.page.PageUrls;
import dev.journeymaps.domain.history.BoardDiff;
import dev.journeymaps.domain.history.HistoryEntry;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotCard;
import dev.journeymaps.web.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Builds the {@link HistoryPage}: formats dates, names users, and says each change in the bundle's words. */
public final class HistoryPageModels {
    public static final String NOW = "now";

    private final Messages messages;
    private final Formats formats;

    public HistoryPageModels(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * @param from the snapshot compared from (null: none chosen, the form preselects the newest)
     * @param to   a snapshot id, or {@link #NOW}
     */
    public HistoryPage page(JourneyMap map, List<Snapshot> snapshots, Long from, String to, List<JourneyMap> related,
                     HistoryPage.Comparison comparison, List<HistoryEntry> entries, boolean wholeTrail, PageUrls urls,
                     Function<String, String> names, boolean canRestore) {
        String historyUrl = urls.map(map.id()) + "/history";
        List<HistoryPage.SnapshotRow> rows = snapshots.stream().map(s -> new HistoryPage.SnapshotRow(s.id(), label(s),
                s.mapVersion(), s.takenAt().toString(), when(s.takenAt()), names.apply(s.takenBy()))).toList();
        long selectedFrom = from != null ? from : snapshots.isEmpty() ? -1 : snapshots.get(0).id();
        List<HistoryPage.Option> fromOptions = snapshots.stream().map(s -> new HistoryPage.Option(Long.toString(s.id()),
                label(s) + " · " + when(s.takenAt()), s.id() == selectedFrom)).toList();
        List<HistoryPage.Option> toOptions = new ArrayList<>();
        toOptions.add(new HistoryPage.Option(NOW, messages.getText("journeymaps.history.now"), to == null || NOW.equals(to)));
        snapshots.forEach(s -> toOptions.add(new HistoryPage.Option(Long.toString(s.id()), label(s) + " · " + when(s.takenAt()),
                Long.toString(s.id()).equals(to))));
        List<HistoryPage.RelatedMap> relatedMaps = related.stream().map(other -> new HistoryPage.RelatedMap(other.title(),
                messages.getText("journeymaps.map.type." + other.type().key()), historyUrl + "?compareMap=" + other.id())).toList();
        List<HistoryPage.EntryRow> trail = entries.stream().limit(wholeTrail ? Long.MAX_VALUE : HistoryPage.TRAIL_LENGTH).map(e -> new HistoryPage.EntryRow(e.version(), e.at().toString(),
                when(e.at()), names.apply(e.by()), e.subject(), what(e), e.cardId() == null ? "" : urls.card(map.id(), e.cardId()))).toList();
        return new HistoryPage(map.projectKey(), urls.project(map.projectKey()), urls.map(map.id()), map.title(), historyUrl,
                rows, fromOptions, toOptions, relatedMaps, comparison, trail, entries.size() == trail.size() ? ""
                        : messages.getText("journeymaps.history.trail.all", Integer.toString(entries.size() - trail.size())),
                historyUrl + "?trail=all#jm-trail-heading", map.id(), canRestore);
    }

    public HistoryPage.Comparison comparison(String heading, BoardDiff diff, Function<String, String> names) {
        return new HistoryPage.Comparison(heading, diff.added().stream().map(HistoryPageModels::card).toList(),
                diff.removed().stream().map(HistoryPageModels::card).toList(),
                diff.changed().stream().map(change -> new HistoryPage.CardRow(change.after().text(), change.after().laneTitle(),
                        change.after().stageName(), change.changes().stream().map(field -> field(field, names)).toList())).toList());
    }

    public String snapshotsHeading(Snapshot from, Snapshot toOrNull) {
        return toOrNull == null ? messages.getText("journeymaps.history.compare.tonow", label(from))
                : messages.getText("journeymaps.history.compare.between", label(from), label(toOrNull));
    }

    public String mapsHeading(JourneyMap map, JourneyMap other) {
        return messages.getText("journeymaps.history.compare.maps", map.title(), other.title());
    }

    private HistoryPage.FieldRow field(BoardDiff.FieldChange change, Function<String, String> names) {
        boolean owner = change.field().equals("owner");
        return new HistoryPage.FieldRow(messages.getText("journeymaps.history.field." + change.field()),
                shown(owner && !change.before().isEmpty() ? names.apply(change.before()) : change.before()),
                shown(owner && !change.after().isEmpty() ? names.apply(change.after()) : change.after()));
    }

    private String shown(String value) {
        return value.isEmpty() ? messages.getText("journeymaps.history.field.none") : value;
    }

    private static HistoryPage.CardRow card(SnapshotCard card) {
        return new HistoryPage.CardRow(card.text(), card.laneTitle(), card.stageName(), List.of());
    }

    private String label(Snapshot snapshot) {
        return snapshot.label().isEmpty() ? messages.getText("journeymaps.history.snapshot.unnamed", Long.toString(snapshot.id())) : snapshot.label();
    }

    private String what(HistoryEntry entry) {
        if (!entry.summary().isEmpty()) {
            return entry.summary();
        }
        return messages.getText(entry.action().equals(HistoryEntry.CREATED) ? "journeymaps.history.action.created"
                : "journeymaps.history.action.changed");
    }

    private String when(Instant instant) {
        return formats.dateTime(instant);
    }
}
