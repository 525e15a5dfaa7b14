package dev.journeymaps.domain.history;

import dev.journeymaps.domain.AuditEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A line of a map's history: every version the map went through (from its revision rows), described by
 * the audit entry written with it when there is one, plain "changed" otherwise. {@code cardId} is the card the line
 * is about (null for a stage, lane or the map, and once the card is gone: see {@link #onCards}).
 */
public record HistoryEntry(long version, Instant at, String by, String action, String subject, String summary, Long cardId) {

    public static final String CHANGED = "map.changed";
    public static final String CREATED = "map.created";

    /** Newest first. Audit entries without a revision (none today) are kept too. */
    public static List<HistoryEntry> merge(List<AuditEntry> audit, List<Revision> revisions) {
        Map<Long, List<AuditEntry>> byVersion = audit.stream().collect(Collectors.groupingBy(AuditEntry::version));
        List<HistoryEntry> entries = new ArrayList<>();
        for (Revision revision : revisions) {
            List<AuditEntry> described = byVersion.remove(revision.version());
            if (described == null) {
                entries.add(new HistoryEntry(revision.version(), revision.at(), revision.authorKey(),
                        revision.version() == 1 ? CREATED : CHANGED, "", "", null));
            } else {
                described.forEach(entry -> entries.add(of(entry)));
            }
        }
        byVersion.values().stream().flatMap(List::stream).map(HistoryEntry::of).forEach(entries::add);
        entries.sort(Comparator.comparingLong(HistoryEntry::version).thenComparing(HistoryEntry::at).reversed());
        return entries;
    }

    /** The card ids the entries name, to find out which are still on the map. */
    public static java.util.Set<Long> cardIds(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::cardId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /** The entries with {@code cardId} kept only for cards still on the map ({@code existing}). */
    public static List<HistoryEntry> onCards(List<HistoryEntry> entries, java.util.Set<Long> existing) {
        return entries.stream().map(e -> e.cardId() == null || existing.contains(e.cardId()) ? e
                : new HistoryEntry(e.version(), e.at(), e.by(), e.action(), e.subject(), e.summary(), null)).toList();
    }

    private static HistoryEntry of(AuditEntry entry) {
        return new HistoryEntry(entry.version(), entry.at(), entry.by(), entry.action(), entry.subject(), entry.summary(), entry.cardId());
    }
}
