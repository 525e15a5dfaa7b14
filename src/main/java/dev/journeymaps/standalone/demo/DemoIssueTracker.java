package dev.journeymaps.standalone.demo;

import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueType;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.work.StatusCategory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The issue tracker of the standalone server when no Jira is configured, so the demo works offline: a
 * handful of realistic issues of the demo project, searchable by key or text; created issues are added
 * (in memory; their snapshots stay in the issue cache, which answers for them after a restart).
 */
public final class DemoIssueTracker implements IssueTracker {
    private final IssueCache cache;
    private final Clock clock;
    private final Map<Long, IssueSnapshot> issues = new LinkedHashMap<>();

    public DemoIssueTracker(IssueCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        Instant seen = clock.instant();
        add(new IssueSnapshot(10101, "DEMO-12", "Guided warehouse connection for trials", "Epic", "In Progress",
                StatusCategory.IN_PROGRESS, "Priya Raman", seen, new Progress(3, 8)));
        add(new IssueSnapshot(10102, "DEMO-15", "Show plan limits on the pricing page", "Story", "Done",
                StatusCategory.DONE, "Tom Becker", seen));
        add(new IssueSnapshot(10103, "DEMO-18", "Pause the trial clock until a data source is connected", "Story",
                "Selected for Development", StatusCategory.TO_DO, "", seen));
        add(new IssueSnapshot(10104, "DEMO-21", "Table suggestions in the mapping wizard", "Epic", "To Do",
                StatusCategory.TO_DO, "Aisha Khan", seen, new Progress(0, 5)));
        add(new IssueSnapshot(10105, "DEMO-24", "Weekly email fails silently when a column is renamed", "Bug",
                "In Progress", StatusCategory.IN_PROGRESS, "Marco Bianchi", seen));
        add(new IssueSnapshot(10106, "DEMO-25", "Alert the report owner on source schema changes", "Story", "Backlog",
                StatusCategory.TO_DO, "", seen));
        add(new IssueSnapshot(10107, "DEMO-30", "Security pack (SOC 2, DPA) on the trust page", "Story", "In Review",
                StatusCategory.IN_PROGRESS, "Tom Becker", seen));
        add(new IssueSnapshot(10108, "DEMO-31", "Publish two customer stories from teams without analysts", "Task",
                "Backlog", StatusCategory.TO_DO, "", seen));
        add(new IssueSnapshot(10109, "DEMO-33", "Sample CSV upload for the product demo", "Story", "To Do",
                StatusCategory.TO_DO, "", seen));
    }

    private void add(IssueSnapshot issue) {
        issues.put(issue.id(), issue);
    }

    @Override
    public synchronized List<IssueSnapshot> fetch(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        List<Long> unknown = ids.stream().filter(id -> !issues.containsKey(id)).toList();
        Map<Long, CachedIssue> cached = unknown.isEmpty() ? Map.of() : cache.get(unknown);
        List<IssueSnapshot> found = new ArrayList<>();
        for (long id : ids) {
            IssueSnapshot issue = issues.containsKey(id) ? issues.get(id)
                    : cached.containsKey(id) ? cached.get(id).snapshot() : null;
            if (issue != null) {
                found.add(stamped(issue));
            }
        }
        return found;
    }

    @Override
    public synchronized IssueSearchPage search(IssueQuery query, int limit) {
        if (query.kind() == IssueQuery.Kind.JQL) {
            throw new IssueTrackerException(IssueTrackerException.Kind.BAD_REQUEST, "JQL needs a Jira",
                    List.of("Searching by JQL needs a Jira: start the server with --jira-url. Search by key or text instead."), Map.of());
        }
        String wanted = query.value().toLowerCase(Locale.ROOT);
        List<IssueSnapshot> matches = issues.values().stream()
                .filter(issue -> query.kind() == IssueQuery.Kind.KEY
                        ? issue.key().equalsIgnoreCase(wanted)
                        : (issue.key() + " " + issue.summary()).toLowerCase(Locale.ROOT).contains(wanted))
                .map(this::stamped).toList();
        return new IssueSearchPage(matches.stream().limit(limit).toList(), matches.size() > limit);
    }

    @Override
    public synchronized IssueSnapshot create(NewIssue newIssue) {
        NewIssue issue = newIssue.validated();
        long id = issues.keySet().stream().mapToLong(Long::longValue).max().orElse(10100) + 1;
        int number = issues.values().stream().map(IssueSnapshot::key).filter(key -> key.startsWith(issue.projectKey() + "-"))
                .mapToInt(key -> Integer.parseInt(key.substring(key.indexOf('-') + 1))).max().orElse(0) + 1;
        IssueSnapshot created = new IssueSnapshot(id, issue.projectKey() + "-" + number, issue.summary(), issue.issueType(),
                "To Do", StatusCategory.TO_DO, "", clock.instant());
        add(created);
        return created;
    }

    /** The demo's offline projects have Jira Software's three usual types. */
    @Override
    public List<IssueType> issueTypes(String projectKey) {
        return List.of(new IssueType("10000", "Epic", 1, true), new IssueType("10001", "Story", 0, false),
                new IssueType("10002", "Task", 0, false));
    }

    private IssueSnapshot stamped(IssueSnapshot issue) {
        return new IssueSnapshot(issue.id(), issue.key(), issue.summary(), issue.issueType(), issue.statusName(),
                issue.statusCategory(), issue.assignee(), clock.instant(), issue.children());
    }
}
