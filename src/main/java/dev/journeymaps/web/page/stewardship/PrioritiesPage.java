package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.page.Choice;
import dev.journeymaps.web.page.history.ReviewPanel;
import java.util.List;

/**
 * View model of {@code priorities.vm}: the impact × feasibility matrix and the ranked action list of one
 * map ({@code scope} "map") or of every map of a project ("project"), with sort links, filters and, for a
 * map, its review panel.
 */
public record PrioritiesPage(String scope, String projectKey, String projectUrl, String mapsUrl, long mapId, long version,
                             String title, String mapUrl, String pageUrl, String dueForReviewUrl,
                             String methodKey, String methodLabel, String methodHelp, boolean mixedMethods,
                             int cardCount, long scoredCount, long unownedCount, long unlinkedCount, long assumptionCount,
                             MatrixView matrix, List<PriorityRow> rows, List<SortLink> sortLinks, List<FilterOption> filters,
                             String sortKey, ReviewPanel review, List<Choice> methods, Pager pager) {

    public boolean isMapScope() {
        return "map".equals(scope);
    }

    public boolean isRice() {
        return "rice".equals(methodKey);
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    /**
     * The options of the one score form the page carries (cloned into a row when its "Edit" opens, so a 5,000-card
     * map does not send 2,000 forms): the first row's, none selected.
     */
    public List<Choice> impactChoices() {
        return rows.isEmpty() ? List.of() : unselected(rows.get(0).impactChoices());
    }

    public List<Choice> feasibilityChoices() {
        return rows.isEmpty() ? List.of() : unselected(rows.get(0).feasibilityChoices());
    }

    public List<Choice> riceImpactChoices() {
        return rows.isEmpty() ? List.of() : unselected(rows.get(0).riceImpactChoices());
    }

    private static List<Choice> unselected(List<Choice> choices) {
        return choices.stream().map(choice -> new Choice(choice.value(), choice.label(), false)).toList();
    }

    public boolean hasCards() {
        return cardCount > 0;
    }
}
