package dev.journeymaps.domain.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live action status of one map, computed from its actionable cards, their links and what the issue
 * cache knows: per card, per stage, for the whole map. Pure: no I/O, no clock.
 *
 * @param issues   every linked issue, known or not (unknown ones are placeholders in status UNKNOWN)
 * @param links    the map's links, one per card and issue
 * @param absent   linked issues Jira says are gone for the user (deleted, or hidden from them): shown, never counted
 */
public record WorkStatus(List<CardStatus> cards, List<StageRollup> stages, MapRollup map,
                         Map<Long, List<IssueLink>> links, Map<Long, CachedIssue> issues, Map<Long, IssueAbsence> absent) {

    public WorkStatus {
        absent = Map.copyOf(absent);
    }

    /** As {@link #of(List, List, List, Map, Map, Map)} with no issue known to be absent. */
    public static WorkStatus of(List<ActionableCard> cards, List<Long> stageIds, List<IssueLink> links,
                                Map<Long, CachedIssue> known, Map<Long, Instant> latestEvidence) {
        return of(cards, stageIds, links, known, latestEvidence, Map.of());
    }

    /**
     * @param cards          the map's pain points and opportunities
     * @param stageIds       the map's stages, in order
     * @param links          the map's links (links of cards not in {@code cards} are ignored)
     * @param known          what the cache holds, by issue id
     * @param latestEvidence the newest evidence date per card id (cards without evidence absent)
     * @param absent         linked issues Jira says are gone for the user: their links are kept for display (and
     *                       removal), but they count as no work — a card whose only links are gone has no action
     */
    public static WorkStatus of(List<ActionableCard> cards, List<Long> stageIds, List<IssueLink> links,
                                Map<Long, CachedIssue> known, Map<Long, Instant> latestEvidence, Map<Long, IssueAbsence> absent) {
        Map<Long, List<IssueLink>> byCard = new LinkedHashMap<>();
        Map<Long, CachedIssue> issues = new LinkedHashMap<>();
        Set<Long> cardIds = cards.stream().map(ActionableCard::cardId).collect(Collectors.toSet());
        links.stream()
                .filter(link -> cardIds.contains(link.cardId()))
                .sorted(Comparator.comparing(IssueLink::createdAt).thenComparingLong(IssueLink::issueId))
                .forEach(link -> {
                    byCard.computeIfAbsent(link.cardId(), id -> new ArrayList<>()).add(link);
                    issues.computeIfAbsent(link.issueId(), id -> known.getOrDefault(id, unknown(link)));
                });
        List<CardStatus> statuses = cards.stream().map(card -> CardStatus.of(card,
                byCard.getOrDefault(card.cardId(), List.of()).stream().filter(link -> !absent.containsKey(link.issueId()))
                        .map(link -> issues.get(link.issueId())).toList(),
                Optional.ofNullable(latestEvidence.get(card.cardId())))).toList();
        List<StageRollup> stages = stageIds.stream().map(stageId -> StageRollup.of(stageId, statuses)).toList();
        Map<Long, IssueAbsence> gone = new LinkedHashMap<>();
        issues.keySet().stream().filter(absent::containsKey).forEach(id -> gone.put(id, absent.get(id)));
        return new WorkStatus(statuses, stages, MapRollup.of(statuses), byCard, issues, gone);
    }

    /** A linked issue the cache has never seen (not fetched yet, deleted, or hidden from every fetch). */
    static CachedIssue unknown(IssueLink link) {
        return new CachedIssue(new IssueSnapshot(link.issueId(), link.issueKey(), "", "", "", StatusCategory.UNKNOWN,
                "", Instant.EPOCH), null);
    }
}
