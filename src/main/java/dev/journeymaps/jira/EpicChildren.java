package dev.journeymaps.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.work.StatusCategory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Done/total of epics' children, in one JQL search per {@value #CHUNK} epics (paged), as the user.
 *
 * <p>Jira Data Center 11 still links stories to epics with Jira Software's "Epic Link" custom field: the
 * move to the {@code parent} field for epics happened on Cloud only, and on Data Center {@code parent} finds
 * sub-tasks. So the JQL is {@code "Epic Link" in (KEY-1, KEY-2)} and each child's epic is the value of that
 * field (an {@link Issue}). Without Jira Software there is no such field, and epics count as themselves.
 */
final class EpicChildren {
    static final String EPIC_LINK = "Epic Link";
    static final int CHUNK = 100;
    static final int PAGE = 1000;
    /** The most children read per chunk of epics; beyond it progress is a lower bound (logged by Jira's search limits). */
    static final int MAX_CHILDREN = 20_000;

    private final SearchService searchService;
    private final CustomFieldManager customFieldManager;

    EpicChildren(SearchService searchService, CustomFieldManager customFieldManager) {
        this.searchService = searchService;
        this.customFieldManager = customFieldManager;
    }

    /** Progress by epic id; epics without children are absent. */
    Map<Long, Progress> of(ApplicationUser user, List<Issue> epics) {
        if (epics.isEmpty()) {
            return Map.of();
        }
        Collection<CustomField> named = customFieldManager.getCustomFieldObjectsByName(EPIC_LINK);
        CustomField epicLink = named == null ? null : named.stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (epicLink == null) {
            return Map.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        for (int from = 0; from < epics.size(); from += CHUNK) {
            List<Issue> chunk = epics.subList(from, Math.min(epics.size(), from + CHUNK));
            String jql = IssueQuery.quoted(EPIC_LINK) + " in (" + chunk.stream().map(Issue::getKey).collect(Collectors.joining(", ")) + ")";
            SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
            if (!parsed.isValid()) {
                return Map.of();
            }
            for (int start = 0; start < MAX_CHILDREN; start += PAGE) {
                SearchResults<Issue> page = search(user, parsed, start);
                for (Issue child : page.getResults()) {
                    if (child.getCustomFieldValue(epicLink) instanceof Issue epic) {
                        int[] count = counts.computeIfAbsent(epic.getId(), id -> new int[2]);
                        count[0] += JiraIssues.category(child) == StatusCategory.DONE ? 1 : 0;
                        count[1]++;
                    }
                }
                if (start + page.getResults().size() >= page.getTotal() || page.getResults().isEmpty()) {
                    break;
                }
            }
        }
        Map<Long, Progress> progress = new HashMap<>();
        counts.forEach((epicId, count) -> progress.put(epicId, new Progress(count[0], count[1])));
        return progress;
    }

    private SearchResults<Issue> search(ApplicationUser user, SearchService.ParseResult parsed, int start) {
        try {
            return searchService.search(user, parsed.getQuery(), new PagerFilter<Issue>(start, PAGE));
        } catch (SearchException e) {
            throw dev.journeymaps.app.work.tracker.IssueTrackerException.unavailable("Jira's search for epic children failed: " + e.getMessage(), e);
        }
    }
}
