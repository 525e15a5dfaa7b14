package dev.journeymaps.app.exchange;

import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.domain.work.IssueSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the issues a document's links name on the target Jira, as the importing user: first by key (its project part
 * renamed by the project mapping, e.g. {@code OLD=NEW}: OLD-12 is looked for as NEW-12; one search per key, as the issue
 * picker does — Jira refuses a whole {@code key in (…)} when one key does not exist), then, for those not found, by the
 * issue id (one batched fetch: same-site moves keep ids). A link found neither way is kept unresolved, for the user to
 * relink or remove. Jira being away or refusing the user fails the import (nothing is written), rather than turning
 * every link unresolved.
 */
final class IssueResolver {
    /** The order exports list a card's links in: by the id they are stored under (unresolved ones negative, first). */
    private static final java.util.Comparator<ExchangeDocument.LinkDoc> STORED_ORDER =
            java.util.Comparator.comparingLong(l -> l.keptUnresolved() ? -l.issueId() : l.issueId());
    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-([1-9][0-9]*)");

    private final IssueTracker tracker;
    private final Map<String, String> projects;

    IssueResolver(IssueTracker tracker, Map<String, String> projects) {
        this.tracker = tracker;
        this.projects = projects;
    }

    /** How a link resolved: the target's issue, or (unresolved) the link as the document wrote it. */
    record Resolved(ExchangeDocument.LinkDoc link, String how) {
        static final String BY_KEY = "key";
        static final String BY_ID = "id";
        static final String UNRESOLVED = "unresolved";
    }

    /** Each distinct link of the document (by id and key) to what it resolves to on the target. */
    Map<ExchangeDocument.LinkDoc, Resolved> resolve(ExchangeDocument doc) {
        Set<ExchangeDocument.LinkDoc> links = new LinkedHashSet<>();
        for (ExchangeDocument.MapDoc map : doc.maps()) {
            for (ExchangeDocument.CardDoc card : map.cards() == null ? List.<ExchangeDocument.CardDoc>of() : map.cards()) {
                links.addAll(card.links() == null ? List.of() : card.links());
            }
        }
        Map<ExchangeDocument.LinkDoc, Resolved> resolved = new HashMap<>();
        List<ExchangeDocument.LinkDoc> byId = new ArrayList<>();
        for (ExchangeDocument.LinkDoc link : links) {
            String key = mapped(link.issueKey());
            List<IssueSnapshot> found = key == null ? List.of() : tracker.search(new IssueQuery(IssueQuery.Kind.KEY, key), 1).issues();
            if (found.isEmpty()) {
                byId.add(link);
            } else {
                resolved.put(link, new Resolved(new ExchangeDocument.LinkDoc(found.get(0).id(), found.get(0).key()), Resolved.BY_KEY));
            }
        }
        Map<Long, IssueSnapshot> fetched = new HashMap<>();
        List<Long> ids = byId.stream().map(ExchangeDocument.LinkDoc::issueId).filter(id -> id > 0).distinct().toList();
        if (!ids.isEmpty()) {
            tracker.fetch(ids).forEach(issue -> fetched.put(issue.id(), issue));
        }
        for (ExchangeDocument.LinkDoc link : byId) {
            IssueSnapshot issue = fetched.get(link.issueId());
            resolved.put(link, issue != null
                    ? new Resolved(new ExchangeDocument.LinkDoc(issue.id(), issue.key()), Resolved.BY_ID)
                    : new Resolved(new ExchangeDocument.LinkDoc(link.issueId(), link.issueKey(), true), Resolved.UNRESOLVED));
        }
        return resolved;
    }

    /** The document with every link replaced by what it resolved to, and what the report says about them. */
    static Outcome apply(ExchangeDocument doc, Map<ExchangeDocument.LinkDoc, Resolved> resolved) {
        int[] counts = {0, 0};
        List<ImportReport.UnresolvedLink> unresolved = new ArrayList<>();
        List<ExchangeDocument.MapDoc> maps = doc.maps().stream().map(m -> new ExchangeDocument.MapDoc(m.title(), m.type(), m.owner(),
                m.persona(), m.scope(), m.scoringMethod(), m.stages(), m.lanes(), m.cards() == null ? null : m.cards().stream()
                .map(c -> new ExchangeDocument.CardDoc(c.stage(), c.lane(), c.text(), c.details(), c.emotion(), c.channel(), c.owner(),
                        c.scores(), c.evidence(), c.links() == null ? null : c.links().stream().map(link -> {
                            Resolved r = resolved.get(link);
                            switch (r.how()) {
                                case Resolved.BY_KEY -> counts[0]++;
                                case Resolved.BY_ID -> counts[1]++;
                                default -> unresolved.add(new ImportReport.UnresolvedLink(m.title(), c.text(), link.issueKey(),
                                        link.issueId()));
                            }
                            return r.link();
                        }).sorted(STORED_ORDER).toList(), c.comments())).toList(), m.review(), m.snapshots())).toList();
        return new Outcome(new ExchangeDocument(doc.schemaVersion(), doc.schemaMinor(), doc.kind(), doc.projectKey(), doc.personas(),
                maps), counts[0], counts[1], unresolved);
    }

    record Outcome(ExchangeDocument doc, int byKey, int byId, List<ImportReport.UnresolvedLink> unresolved) {
    }

    /** The key with its project renamed by the mapping; null when it is not an issue key. */
    String mapped(String key) {
        var m = KEY.matcher(key == null ? "" : key.strip());
        if (!m.matches()) {
            return null;
        }
        String project = m.group(1).toUpperCase(Locale.ROOT);
        return projects.getOrDefault(project, project) + "-" + m.group(2);
    }
}
