package dev.journeymaps.web.page;

import java.util.List;

/** View model of {@code map-list.vm}: a project's maps and the choices of the "Create map" dialog. */
public record MapListPage(String projectKey, String projectUrl, List<MapRow> maps, List<Option> mapTypes) {

    public boolean hasMaps() {
        return !maps.isEmpty();
    }
}
