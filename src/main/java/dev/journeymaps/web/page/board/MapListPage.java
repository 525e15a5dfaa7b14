package dev.journeymaps.web.page.board;

import dev.journeymaps.web.page.Option;
import java.util.List;

/**
 * View model of {@code map-list.vm}: a project's maps (as filtered), the filter form, the project's personas
 * and the choices of the "Create map" dialog.
 */
public record MapListPage(String projectKey, String projectUrl, List<MapRow> maps, int totalMaps, List<Option> mapTypes,
                          FilterView filter, List<Option> personaOptions, List<Option> owners, List<PersonaView> personas) {

    public boolean hasMaps() {
        return !maps.isEmpty();
    }

    /** The maps in use (as filtered); archived ones are listed apart, in {@link #archivedMaps()}, and never counted here. */
    public List<MapRow> activeMaps() {
        return maps.stream().filter(row -> !row.archived()).toList();
    }

    public boolean hasActiveMaps() {
        return maps.stream().anyMatch(row -> !row.archived());
    }

    /** The archived maps (as filtered): the "Archived (n)" section under the active ones. */
    public List<MapRow> archivedMaps() {
        return maps.stream().filter(MapRow::archived).toList();
    }

    public boolean hasArchivedMaps() {
        return maps.stream().anyMatch(MapRow::archived);
    }

    public int archivedCount() {
        return (int) maps.stream().filter(MapRow::archived).count();
    }

    public boolean hasAnyMap() {
        return totalMaps > 0;
    }

    public boolean hasPersonas() {
        return !personas.isEmpty();
    }
}
