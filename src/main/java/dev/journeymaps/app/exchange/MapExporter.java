package dev.journeymaps.app.exchange;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.app.work.WorkStatusReader;

import java.util.List;

/**
 * Use case: read a map for an export (image, document, spreadsheet) through the same read ports the map page and the
 * priorities page use, so an export shows exactly what the board shows. Viewing rights are checked by those ports:
 * 404 for a map the caller may not see.
 */
public class MapExporter {
    private final WorkStatusReader work;
    private final Prioritizer prioritizer;
    private final MapReviews reviews;

    public MapExporter(WorkStatusReader work, Prioritizer prioritizer, MapReviews reviews) {
        this.work = work;
        this.prioritizer = prioritizer;
        this.reviews = reviews;
    }

    /** The map's review status (for the PDF's scope card); 404 for a map the caller may not see. */
    public MapReview review(Actor actor, long mapId) {
        return reviews.review(actor, mapId);
    }

    /** A user's display name (their key when the directory does not know them). */
    public String name(String userKey) {
        return reviews.nameOf(userKey);
    }

    public MapExport map(Actor actor, long mapId) {
        MapWork mapWork = work.mapStatus(actor, mapId);
        return new MapExport(mapWork, prioritizer.mapPriorities(actor, mapWork.board()));
    }

    /** A project's ranked action list and the linked work of each of its maps (one board read per map). */
    public ProjectExport project(Actor actor, String projectKey) {
        PriorityReport report = prioritizer.projectPriorities(actor, projectKey);
        List<MapWork> maps = report.maps().stream().map(JourneyMap::id).map(id -> work.mapStatus(actor, id)).toList();
        return new ProjectExport(report, maps);
    }

    /** The priorities of every map of a project with each map's linked work. */
    public record ProjectExport(PriorityReport priorities, List<MapWork> maps) {
    }
}
