package dev.journeymaps.app.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renames the users a document names (map and card owners, the last reviewer, who took each snapshot and the owners a
 * snapshot recorded) from the source's keys to the target's.
 */
final class UserMapping {
    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile("@\\[([^\\]\\s]+)]");

    private UserMapping() {
    }

    static ExchangeDocument apply(ExchangeDocument doc, Map<String, String> users) {
        if (users == null || users.isEmpty()) {
            return doc;
        }
        List<ExchangeDocument.MapDoc> maps = doc.maps().stream().map(m -> new ExchangeDocument.MapDoc(m.title(), m.type(),
                rename(m.owner(), users), m.persona(), m.scope(), m.scoringMethod(), m.stages(), m.lanes(),
                m.cards() == null ? null : m.cards().stream().map(c -> new ExchangeDocument.CardDoc(c.stage(), c.lane(), c.text(),
                        c.details(), c.emotion(), c.channel(), rename(c.owner(), users), c.scores(), c.evidence(), c.links(),
                        comments(c.comments(), users))).toList(),
                m.review() == null ? null : new ExchangeDocument.ReviewDoc(m.review().intervalDays(), m.review().lastReviewedAt(),
                        rename(m.review().lastReviewedBy(), users)),
                m.snapshots().stream().map(snapshot -> snapshot(snapshot, users)).toList()))
                .toList();
        return new ExchangeDocument(doc.schemaVersion(), doc.schemaMinor(), doc.kind(), doc.projectKey(), doc.personas(), maps);
    }

    private static ExchangeDocument.SnapshotDoc snapshot(ExchangeDocument.SnapshotDoc s, Map<String, String> users) {
        return new ExchangeDocument.SnapshotDoc(s.mapVersion(), s.takenAt(), rename(s.takenBy(), users), s.label(), s.title(),
                s.type(), s.version(), s.scoringMethod(), s.stages(), s.lanes(), s.cards() == null ? null : s.cards().stream()
                .map(c -> new ExchangeDocument.SnapshotCardDoc(c.card(), c.text(), c.details(), c.laneKind(), c.laneTitle(),
                        c.stageName(), rename(c.owner(), users), c.impact(), c.feasibility(), c.score(), c.formula(), c.status(),
                        c.emotion())).toList(), s.emotions());
    }

    /** Comments with their authors and the users they mention renamed. */
    private static List<ExchangeDocument.CommentDoc> comments(List<ExchangeDocument.CommentDoc> comments, Map<String, String> users) {
        return comments == null ? null : comments.stream().map(c -> new ExchangeDocument.CommentDoc(rename(c.author(), users),
                MENTION.matcher(c.text() == null ? "" : c.text()).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        "@[" + users.getOrDefault(m.group(1), m.group(1)) + "]")), c.createdAt(), c.editedAt())).toList();
    }

    /** Every user the document names, in order of appearance. */
    static Set<String> owners(ExchangeDocument doc) {
        Set<String> owners = new LinkedHashSet<>();
        for (ExchangeDocument.MapDoc map : doc.maps()) {
            add(owners, map.owner());
            if (map.cards() != null) {
                map.cards().forEach(card -> {
                    add(owners, card.owner());
                    if (card.comments() != null) {
                        card.comments().forEach(comment -> {
                            add(owners, comment.author());
                            new dev.journeymaps.domain.comments.CommentText(comment.text()).mentions().forEach(user -> add(owners, user));
                        });
                    }
                });
            }
            if (map.review() != null) {
                add(owners, map.review().lastReviewedBy());
            }
            map.snapshots().forEach(snapshot -> add(owners, snapshot.takenBy()));
        }
        return owners;
    }

    private static void add(Set<String> owners, String owner) {
        if (owner != null && !owner.isEmpty()) {
            owners.add(owner);
        }
    }

    private static String rename(String user, Map<String, String> users) {
        return user == null ? null : users.getOrDefault(user, user);
    }
}
