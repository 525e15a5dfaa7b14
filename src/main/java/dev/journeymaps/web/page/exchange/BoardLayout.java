package dev.journeymaps.web.page.exchange;

import dev.journeymaps.web.page.board.CardView;
import dev.journeymaps.web.page.board.CellView;
import dev.journeymaps.web.page.board.LaneRow;
import dev.journeymaps.web.page.work.IssueLozenge;
import dev.journeymaps.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the exported board: a column per stage, a row per visible lane (as tall as its fullest cell), each
 * card as tall as its lines. A card's lines are its text, its emotion score or channel, its work state and one line per
 * linked issue, and (unless editing metadata is hidden) its evidence count or "assumption".
 */
final class BoardLayout {
    static final int MARGIN = 16;
    static final int LABEL_W = 170;
    static final int COL_W = 240;
    static final int CARD_W = COL_W - 20;
    static final int LINE = 16;
    static final int CARD_PAD = 8;
    static final int GAP = 8;
    static final int STAGE_HEAD = 34;
    static final int CURVE_H = 120;
    static final int WRAP = 30;

    private final Messages messages;
    private final boolean hideMetadata;

    BoardLayout(Messages messages, boolean hideMetadata) {
        this.messages = messages;
        this.hideMetadata = hideMetadata;
    }

    /** The lines a card shows, each with its role: text, detail (score, channel, state) or an issue. */
    List<Line> lines(CardView card) {
        List<Line> lines = new ArrayList<>();
        for (String text : SvgWriter.wrap(card.text(), WRAP)) {
            lines.add(new Line(text, Role.TEXT, ""));
        }
        if (card.hasEmotion()) {
            lines.add(new Line(messages.getText("journeymaps.lane.kind.emotions") + " " + card.emotionLabel(), Role.DETAIL, ""));
        }
        if (card.hasChannel()) {
            lines.add(new Line(card.channelLabel() + (card.isSwitch() ? " \u2190 " + card.switchFromLabel() : ""), Role.DETAIL, ""));
        }
        if (card.hasWork()) {
            lines.add(new Line(card.work().stateLabel(), Role.DETAIL, ""));
            for (IssueLozenge issue : card.work().issues()) {
                lines.add(new Line(issue.key() + " \u00b7 " + issue.statusName(), Role.ISSUE, issue.categoryKey()));
            }
        }
        if (!hideMetadata && card.actionable()) {
            lines.add(new Line(card.assumption() ? messages.getText("journeymaps.export.assumption")
                    : messages.getText("journeymaps.export.evidence", card.evidenceCount()), Role.DETAIL, ""));
        }
        return lines;
    }

    int cardHeight(CardView card) {
        return 2 * CARD_PAD + lines(card).size() * LINE;
    }

    int cellHeight(CellView cell) {
        return cell.cards().stream().mapToInt(card -> cardHeight(card) + GAP).sum();
    }

    int rowHeight(LaneRow lane) {
        return Math.max(48, GAP + lane.cells().stream().mapToInt(this::cellHeight).max().orElse(0));
    }

    static int width(int stages) {
        return Math.max(640, 2 * MARGIN + LABEL_W + stages * COL_W);
    }

    enum Role { TEXT, DETAIL, ISSUE }

    /** One line of a card; {@code category} is a linked issue's status category key (colours its mark). */
    record Line(String text, Role role, String category) {
    }
}
