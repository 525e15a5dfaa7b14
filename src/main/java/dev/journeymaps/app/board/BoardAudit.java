package dev.journeymaps.app.board;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;

import java.time.Instant;

/**
 * The audit lines of grid edits, written inside the same versioned change as the edit: what changed and where, in
 * words ("Added pain point 'Slow refunds' in Buy"), with the card, stage or lane it is about as the subject. The
 * summary is kept as written, so the history reads the same after the card is renamed or gone.
 */
public final class BoardAudit {
    private static final int QUOTED = 80;

    private final AuditTrail trail;

    /** Over {@code trail}; null writes nothing (hosts and tests that keep no audit trail). */
    public BoardAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * One line: an action key ({@code card.added} …), the thing it is about, the sentence, and the card it is about
     * (null for a stage, lane or the map; {@link #ADDED} for a card not inserted yet, see {@link #added}).
     */
    public record Line(String action, String subject, String summary, Long cardId) {
        public static final long ADDED = -1;

        public Line(String action, String subject, String summary) {
            this(action, subject, summary, null);
        }

        /** This line with the id a just-inserted card got, if it is about that card. */
        public Line added(long id) {
            return cardId != null && cardId == ADDED ? new Line(action, subject, summary, id) : this;
        }
    }

    public void append(long mapId, long newVersion, Instant at, String by, Line line) {
        if (trail != null) {
            trail.append(new AuditEntry(mapId, newVersion, at, by, line.action(), line.subject(), line.summary(), line.cardId()));
        }
    }

    /** "Renamed the map 'A' to 'B'", "Edited the journey and the goal" … (the owner has its own line). */
    static Line mapEdited(dev.journeymaps.domain.board.JourneyMap before, dev.journeymaps.domain.board.MapDetails after) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!before.title().equals(after.title())) {
            parts.add("renamed the map " + quote(before.title()) + " to " + quote(after.title()));
        }
        if (before.type() != after.type()) {
            parts.add("changed the map type");
        }
        java.util.List<String> scope = new java.util.ArrayList<>();
        addIf(scope, "the persona", !before.scope().persona().equals(after.scope().persona())
                || !java.util.Objects.equals(before.personaId(), after.personaId()));
        addIf(scope, "the journey", !before.scope().journey().equals(after.scope().journey()));
        addIf(scope, "the goal", !before.scope().goal().equals(after.scope().goal()));
        addIf(scope, "the purpose", !before.scope().purpose().equals(after.scope().purpose()));
        if (!scope.isEmpty()) {
            parts.add("edited " + String.join(", ", scope.subList(0, scope.size() - 1)) + (scope.size() > 1 ? " and " : "")
                    + scope.get(scope.size() - 1));
        }
        String sentence = parts.isEmpty() ? "Saved the map unchanged" : String.join("; ", parts);
        return new Line("map.edited", after.title(), Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
    }

    private static void addIf(java.util.List<String> list, String item, boolean changed) {
        if (changed) {
            list.add(item);
        }
    }

    static Line stageAdded(String name) {
        return new Line("stage.added", name, "Added stage " + quote(name));
    }

    static Line stageRenamed(Stage stage, String name) {
        return new Line("stage.renamed", name, "Renamed stage " + quote(stage.name()) + " to " + quote(name));
    }

    static Line stageMoved(Stage stage, int index) {
        return new Line("stage.moved", stage.name(), "Moved stage " + quote(stage.name()) + " to position " + (index + 1));
    }

    static Line stageDeleted(MapBoard board, Stage stage) {
        long cards = board.cards().stream().filter(c -> c.stageId() == stage.id()).count();
        return new Line("stage.deleted", stage.name(), "Deleted stage " + quote(stage.name()) + cards(cards));
    }

    static Line laneAdded(String title) {
        return new Line("lane.added", title, "Added lane " + quote(title));
    }

    static Line laneEdited(String before, String title, Boolean hidden) {
        if (hidden != null && before.equals(title)) {
            return new Line(hidden ? "lane.hidden" : "lane.shown", title, (hidden ? "Hid lane " : "Showed lane ") + quote(title));
        }
        return new Line("lane.renamed", title, "Renamed lane " + quote(before) + " to " + quote(title));
    }

    static Line laneMoved(String title, int index) {
        return new Line("lane.moved", title, "Moved lane " + quote(title) + " to position " + (index + 1));
    }

    static Line laneDeleted(MapBoard board, long laneId, String title) {
        long cards = board.cards().stream().filter(c -> c.laneId() == laneId).count();
        return new Line("lane.deleted", title, "Deleted lane " + quote(title) + cards(cards));
    }

    static Line cardAdded(MapBoard board, LaneKind kind, long stageId, String text) {
        return new Line("card.added", text, "Added " + noun(kind) + " " + quote(text) + " in " + stageName(board, stageId), Line.ADDED);
    }

    static Line cardEdited(MapBoard board, Card card, String text) {
        String what = card.text().equals(text) ? "Edited " + noun(board.kindOf(card)) + " " + quote(text)
                : "Changed " + noun(board.kindOf(card)) + " " + quote(card.text()) + " to " + quote(text);
        return new Line("card.edited", text, what + " in " + stageName(board, card.stageId()), card.id());
    }

    static Line cardMoved(MapBoard board, Card card, long laneId, long stageId) {
        String where = card.stageId() == stageId ? "within " + stageName(board, stageId)
                : "from " + stageName(board, card.stageId()) + " to " + stageName(board, stageId);
        String lane = card.laneId() == laneId ? "" : " (lane " + quote(board.lane(laneId).map(l -> l.title()).orElse("")) + ")";
        return new Line("card.moved", card.text(), "Moved " + noun(board.kindOf(card)) + " " + quote(card.text()) + " " + where + lane,
                card.id());
    }

    static Line cardDeleted(MapBoard board, Card card) {
        return new Line("card.deleted", card.text(), "Deleted " + noun(board.kindOf(card)) + " " + quote(card.text())
                + " from " + stageName(board, card.stageId()), card.id());
    }

    /** "pain point", "opportunity" …: what a card of this lane is, in a sentence. */
    public static String noun(LaneKind kind) {
        if (kind == null) {
            return "card";
        }
        return switch (kind) {
            case PAIN_POINTS -> "pain point";
            case OPPORTUNITIES -> "opportunity";
            case TOUCHPOINTS -> "touchpoint";
            case ACTIONS -> "action";
            case THOUGHTS -> "thought";
            case EMOTIONS -> "emotion";
            case METRICS -> "metric";
            default -> "card";
        };
    }

    public static String quote(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return "'" + (flat.length() > QUOTED ? flat.substring(0, QUOTED - 1) + "\u2026" : flat) + "'";
    }

    private static String stageName(MapBoard board, long stageId) {
        return board.stage(stageId).map(Stage::name).orElse("?");
    }

    private static String cards(long count) {
        return count == 0 ? "" : count == 1 ? " and its card" : " and its " + count + " cards";
    }
}
