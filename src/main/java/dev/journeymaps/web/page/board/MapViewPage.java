package dev.journeymaps.web.page.board;

import dev.journeymaps.web.page.MapLink;
import dev.journeymaps.web.page.Option;
import dev.journeymaps.web.page.work.MapWorkView;
import java.util.List;

/**
 * View model of {@code map-view.vm}: the header (with the links between a current-state map and its future
 * states, and how much of the map is validated), the scope card with its persona, the emotion curve and the
 * stages × lanes grid (hidden lanes listed apart), the linked work rolled up per map and stage, plus the
 * choices the editing forms offer.
 */
public record MapViewPage(long id, long version, String projectKey, String projectUrl, String title,
                          String typeKey, String typeLabel, String owner,
                          String persona, String journey, String goal, String purpose, PersonaView personaProfile,
                          int stageCount, int cardCount, int painPointCount, String validationLabel, int validationPercent,
                          List<StageColumn> stages, List<LaneRow> lanes, List<Option> hiddenLanes, CurveView curve,
                          MapLink origin, List<MapLink> futureStates, boolean canCreateFutureState,
                          List<Option> personaOptions, List<Option> laneKinds, List<Option> channels,
                          List<Option> evidenceTypes, MapWorkView work) {

    public boolean hasStages() {
        return !stages.isEmpty();
    }

    public boolean hasHiddenLanes() {
        return !hiddenLanes.isEmpty();
    }

    public int hiddenLaneCount() {
        return hiddenLanes.size();
    }

    public boolean hasFutureStates() {
        return !futureStates.isEmpty();
    }

    /** The curve goes below the first visible emotions lane, or on top when no emotions lane is shown. */
    public boolean curveOnTop() {
        return grid().curveOnTop();
    }

    /** The lanes and the curve, as {@code map-lanes.vm} draws them. */
    public BoardGrid grid() {
        return new BoardGrid(lanes, curve);
    }
}
