package dev.journeymaps.web.page.board;

import dev.journeymaps.web.page.work.CardWork;
import dev.journeymaps.web.page.work.WorkFilter;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.ChannelSwitches;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.web.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a board out as the grid the template draws: visible lanes of cells of cards, each card decorated. The texts
 * cards share (channel names, "3 pieces of evidence") are formatted once per distinct value, not once per card: an
 * instance serves one render (not thread-safe).
 */
public final class BoardRows {
    private final Messages messages;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<Integer, String> evidenceLabels = new HashMap<>();
    private final Map<Integer, String> moreLabels = new HashMap<>();

    public BoardRows(Messages messages) {
        this.messages = messages;
    }

    public List<LaneRow> lanes(MapBoard board, Map<Long, CardWork> work, WorkFilter filter) {
        ChannelSwitches switches = board.channelSwitches();
        List<Lane> visible = board.lanes().stream().filter(lane -> !lane.hidden()).toList();
        long curveLane = board.emotionCurve().hasScores()
                ? visible.stream().filter(l -> l.kind() == LaneKind.EMOTIONS).mapToLong(Lane::id).findFirst().orElse(-1) : -1;
        return visible.stream().map(lane -> new LaneRow(lane.id(), lane.title(), lane.kind().key(),
                text("journeymaps.lane.kind." + lane.kind().key()),
                board.stages().stream().map(stage -> cell(board, switches, lane, stage, work, filter)).toList(), lane.id() == curveLane)).toList();
    }

    private CellView cell(MapBoard board, ChannelSwitches switches, Lane lane, Stage stage, Map<Long, CardWork> work,
                          WorkFilter filter) {
        List<CardView> cards = board.cardsIn(lane.id(), stage.id()).stream()
                .map(card -> card(board, switches, card, work.get(card.id()), filter)).toList();
        int more = cards.size() - CellView.SHOWN;
        return new CellView(lane.id(), stage.id(), cards,
                more <= 0 ? "" : moreLabels.computeIfAbsent(more, n -> messages.getText("journeymaps.cell.more", n)));
    }

    private CardView card(MapBoard board, ChannelSwitches switches, Card card, CardWork work, WorkFilter filter) {
        Integer emotion = card.emotion();
        String emotionLabel = emotion == null ? "" : EmotionCurveSvg.score(emotion);
        String emotionClass = emotion == null ? "" : emotion > 0 ? "jm-emotion-up" : emotion < 0 ? "jm-emotion-down" : "jm-emotion-flat";
        String channelKey = card.channel() == null ? "" : card.channel().key();
        String channelLabel = channelKey.isEmpty() ? "" : text("journeymaps.channel." + channelKey);
        String from = switches.switchedFrom(card.id()).map(c -> text("journeymaps.channel." + c.key())).orElse("");
        int evidence = board.evidenceFor(card.id()).size();
        return new CardView(card.id(), card.text(), card.details(), emotionLabel, emotionClass, channelKey, channelLabel, from,
                board.isActionable(card), board.isAssumption(card), evidence,
                work, !filter.shows(work == null ? null : work.state()),
                evidenceLabels.computeIfAbsent(evidence, n -> messages.getText("journeymaps.evidence.count", n)));
    }

    private String text(String key) {
        return texts.computeIfAbsent(key, messages::getText);
    }
}
