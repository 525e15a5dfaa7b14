package dev.journeymaps.domain.board;

import java.util.List;

/**
 * The stages and lanes a new map of a type starts with. Stage and lane names are content, not UI
 * chrome: the user renames them freely, so they are plain English rather than i18n keys.
 */
public record MapTemplate(List<String> stages, List<LaneSpec> lanes) {

    public record LaneSpec(LaneKind kind, String title) {
    }

    private static LaneSpec lane(LaneKind kind, String title) {
        return new LaneSpec(kind, title);
    }

    public static MapTemplate of(MapType type) {
        return switch (type) {
            case CURRENT_STATE, FUTURE_STATE -> new MapTemplate(
                    List.of("Discover", "Evaluate", "Buy", "Onboard", "Use", "Renew"),
                    List.of(lane(LaneKind.TOUCHPOINTS, "Touchpoints"),
                            lane(LaneKind.ACTIONS, "Customer actions"),
                            lane(LaneKind.THOUGHTS, "Thoughts"),
                            lane(LaneKind.EMOTIONS, "Emotions"),
                            lane(LaneKind.PAIN_POINTS, "Pain points"),
                            lane(LaneKind.OPPORTUNITIES, "Opportunities")));
            case DAY_IN_THE_LIFE -> new MapTemplate(
                    List.of("Morning", "Midday", "Afternoon", "Evening"),
                    List.of(lane(LaneKind.ACTIONS, "Activities"),
                            lane(LaneKind.CHANNELS, "Tools and channels"),
                            lane(LaneKind.THOUGHTS, "Thoughts"),
                            lane(LaneKind.EMOTIONS, "Emotions"),
                            lane(LaneKind.PAIN_POINTS, "Pain points"),
                            lane(LaneKind.OPPORTUNITIES, "Opportunities")));
            case SERVICE_BLUEPRINT -> new MapTemplate(
                    List.of("Request", "Fulfil", "Follow up"),
                    List.of(lane(LaneKind.PHYSICAL_EVIDENCE, "Physical evidence"),
                            lane(LaneKind.ACTIONS, "Customer actions"),
                            lane(LaneKind.FRONTSTAGE, "Frontstage"),
                            lane(LaneKind.BACKSTAGE, "Backstage"),
                            lane(LaneKind.SUPPORT_PROCESSES, "Support processes"),
                            lane(LaneKind.PAIN_POINTS, "Pain points"),
                            lane(LaneKind.OPPORTUNITIES, "Opportunities")));
        };
    }
}
