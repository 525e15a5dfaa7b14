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

    public boolean hasAnyMap() {
        return totalMaps > 0;
    }

    public boolean hasPersonas() {
        return !personas.isEmpty();
    }
}
