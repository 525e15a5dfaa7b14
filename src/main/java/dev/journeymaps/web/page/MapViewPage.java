package dev.journeymaps.web.page;

import java.util.List;

/** View model of {@code map-view.vm}: the scope card header and the stages × lanes grid. */
public record MapViewPage(long id, long version, String projectKey, String projectUrl, String title,
                          String typeKey, String typeLabel, String owner,
                          String persona, String journey, String goal, String purpose,
                          int stageCount, int cardCount, int painPointCount,
                          List<StageColumn> stages, List<LaneRow> lanes) {

    public boolean hasStages() {
        return !stages.isEmpty();
    }
}
