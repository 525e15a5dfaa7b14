package dev.journeymaps.web.page.board;

import dev.journeymaps.app.board.MapCatalog.ProjectOverview;
import dev.journeymaps.web.Messages;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * View model of {@code projects.vm}, the project picker: the projects with maps, then the other projects the user may
 * browse in Jira (each opens the project's maps, where "Create map" is), and a form to open any project by key.
 */
public record ProjectListPage(List<Row> withMaps, List<Row> others, String formUrl) {

    /** A project: key, Jira name (may be empty), its page and "3 maps" / "1 map" / "No maps yet". */
    public record Row(String key, String name, String url, String mapsLabel) {
        public boolean hasName() {
            return !name.isEmpty() && !name.equals(key);
        }
    }

    public static ProjectListPage of(List<ProjectOverview> projects, UnaryOperator<String> projectUrl, String formUrl, Messages messages) {
        List<Row> withMaps = projects.stream().filter(p -> p.mapCount() > 0).map(p -> row(p, projectUrl, messages)).toList();
        List<Row> others = projects.stream().filter(p -> p.mapCount() == 0).map(p -> row(p, projectUrl, messages)).toList();
        return new ProjectListPage(withMaps, others, formUrl);
    }

    private static Row row(ProjectOverview p, UnaryOperator<String> projectUrl, Messages messages) {
        String maps = p.mapCount() == 0 ? messages.getText("journeymaps.projects.maps.none")
                : p.mapCount() == 1 ? messages.getText("journeymaps.projects.maps.one")
                : messages.getText("journeymaps.projects.maps.many", p.mapCount());
        return new Row(p.key(), p.name(), projectUrl.apply(p.key()), maps);
    }

    public boolean hasMaps() {
        return !withMaps.isEmpty();
    }

    public boolean hasOthers() {
        return !others.isEmpty();
    }
}
