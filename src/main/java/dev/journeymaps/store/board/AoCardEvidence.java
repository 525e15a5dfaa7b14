package dev.journeymaps.store.board;

import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.InClause;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.domain.board.EvidenceType;
import net.java.ao.Query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence the editor stores, as linked work needs it: when a card's evidence last grew (to tell
 * "done" from "verify the fix"), how much there is, and a plain-text account for issues created from a card.
 * One query per chunk of maps or cards.
 */
public final class AoCardEvidence implements CardEvidence {
    private final AoSession ao;

    public AoCardEvidence(AoSession ao) {
        this.ao = ao;
    }

    /**
     * The newest time evidence was added per card. Evidence from before the added-at column counts from its
     * research date, so old maps are not all flagged "verify the fix".
     */
    @Override
    public Map<Long, Instant> latestByCard(Collection<Long> mapIds) {
        Map<Long, Instant> latest = new HashMap<>();
        for (EvidenceEntity row : rows(EvidenceEntity.MAP_ID, mapIds)) {
            Instant at = row.getCreatedAt() != null ? row.getCreatedAt().toInstant()
                    : row.getEvidenceDate() != null ? row.getEvidenceDate().toInstant() : null;
            if (at != null) {
                latest.merge(row.getCardId(), at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return latest;
    }

    @Override
    public Map<Long, Integer> countByCard(Collection<Long> cardIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (EvidenceEntity row : rows(EvidenceEntity.CARD_ID, cardIds)) {
            counts.merge(row.getCardId(), 1, Integer::sum);
        }
        return counts;
    }

    /** One line per piece: "Interview (qualitative), 12 customers affected, 2026-10-02: “quote” — source". */
    @Override
    public List<String> describe(long mapId, long cardId) {
        return ao.inTransaction(() -> Arrays.stream(ao.find(EvidenceEntity.class, Query.select()
                        .where(EvidenceEntity.MAP_ID + " = ? AND " + EvidenceEntity.CARD_ID + " = ?", mapId, cardId)
                        .order("ID")))
                .map(AoCardEvidence::line).toList());
    }

    private List<EvidenceEntity> rows(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ao.inTransaction(() -> {
            List<EvidenceEntity> rows = new ArrayList<>();
            for (List<Long> chunk : InClause.chunks(ids)) {
                rows.addAll(Arrays.asList(ao.find(EvidenceEntity.class,
                        Query.select().where(InClause.of(column, chunk), chunk.toArray()))));
            }
            return rows;
        });
    }

    private static String line(EvidenceEntity row) {
        StringBuilder text = new StringBuilder(label(row.getType()))
                .append(Boolean.TRUE.equals(row.getQuantitative()) ? " (quantitative)" : " (qualitative)");
        if (row.getCustomersAffected() != null) {
            text.append(", ").append(row.getCustomersAffected()).append(" customers affected");
        }
        if (row.getEvidenceDate() != null) {
            text.append(", ").append(row.getEvidenceDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        if (row.getQuote() != null && !row.getQuote().isBlank()) {
            text.append(": \u201c").append(row.getQuote()).append('\u201d');
        }
        if (row.getSourceUrl() != null && !row.getSourceUrl().isBlank()) {
            text.append(" \u2014 ").append(row.getSourceUrl());
        }
        return text.toString();
    }

    private static String label(String type) {
        EvidenceType known = EvidenceType.fromKey(type);
        String name = known == null ? String.valueOf(type) : known.name();
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
