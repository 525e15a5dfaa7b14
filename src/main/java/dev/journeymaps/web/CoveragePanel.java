package dev.journeymaps.web;

import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.history.PainCoverage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The "Customer pain coverage" dashboard item ({@value #TEMPLATE}): one row per project with journey maps the user
 * may view. Plain values for the template (every method it calls is on the Velocity allowlist).
 */
public record CoveragePanel(List<Row> projects) {
    public static final String TEMPLATE = "templates/dashboard-coverage.vm";

    public CoveragePanel {
        projects = List.copyOf(projects);
    }

    public boolean hasProjects() {
        return !projects.isEmpty();
    }

    /** A project: coverage and done as whole percentages, the top unowned pain points, the maps due for review. */
    public record Row(String projectKey, String projectUrl, int coveragePercent, String coverageLabel, int donePercent,
                      List<Link> topUnowned, List<Link> dueForReview) {
        public boolean hasUnowned() {
            return !topUnowned.isEmpty();
        }

        public boolean hasDue() {
            return !dueForReview.isEmpty();
        }
    }

    /** A card or map to open: its text or title and its page. */
    public record Link(String text, String url) {
    }

    public static CoveragePanel of(List<PainCoverage.ProjectCoverage> coverage, BaseUrl baseUrl, Messages messages) {
        String base = baseUrl.canonical().endsWith("/") ? baseUrl.canonical().substring(0, baseUrl.canonical().length() - 1)
                : baseUrl.canonical();
        return new CoveragePanel(coverage.stream().map(project -> new Row(project.projectKey(),
                base + "/plugins/servlet/journeymaps/project/" + URLEncoder.encode(project.projectKey(), StandardCharsets.UTF_8),
                percent(project.coverage()),
                messages.getText("journeymaps.dashboard.coverage.label", project.painPointsWithWork(), project.painPoints()),
                percent(project.done()),
                project.topUnowned().stream().map(card -> new Link(card.card().text(), baseUrl.mapPage(card.map().id()))).toList(),
                project.dueForReview().stream().map(review -> new Link(review.map().title(), baseUrl.mapPage(review.map().id()))).toList()))
                .toList());
    }

    private static int percent(double ratio) {
        return (int) Math.round(ratio * 100);
    }
}
