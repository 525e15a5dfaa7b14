package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.domain.stewardship.Quadrant;
import dev.journeymaps.domain.stewardship.RankedCard;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.PageUrls;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the impact × feasibility matrix: a 5 × 5 grid (one cell per score pair), the four quadrants
 * split at {@link Quadrant#HIGH_FROM}, and each card as a numbered dot, several cards in one cell side by side.
 */
final class MatrixLayout {
    static final int CELL_W = 100;
    static final int CELL_H = 76;
    static final int PLOT_X = 64;
    static final int PLOT_Y = 12;
    static final int PLOT_W = CELL_W * 5;
    static final int PLOT_H = CELL_H * 5;
    static final int WIDTH = PLOT_X + PLOT_W + 16;
    static final int HEIGHT = PLOT_Y + PLOT_H + 52;
    private static final int DOT_GAP = 30;
    /** Dots sit a little below the middle of their cell, clear of the quadrant label in a region's top cells. */
    private static final int DOT_DROP = 8;
    private static final int PER_ROW = 3;

    private final Messages messages;

    MatrixLayout(Messages messages) {
        this.messages = messages;
    }

    /** The matrix of {@code cards}; each dot links to its card on the map ({@link PageUrls#card}). */
    MatrixView layout(List<RankedCard> cards, PageUrls urls) {
        Map<String, List<RankedCard>> cells = new LinkedHashMap<>();
        Map<Quadrant, Integer> counts = new EnumMap<>(Quadrant.class);
        int unplotted = 0;
        for (RankedCard card : cards) {
            Integer impact = card.priority().triage().scores().impact();
            Integer feasibility = card.priority().triage().scores().feasibility();
            if (impact == null || feasibility == null) {
                unplotted++;
                continue;
            }
            cells.computeIfAbsent(impact + ":" + feasibility, k -> new ArrayList<>()).add(card);
            counts.merge(card.priority().quadrant(), 1, Integer::sum);
        }
        List<MatrixView.MatrixDot> dots = new ArrayList<>();
        cells.values().forEach(cell -> place(cell, dots, urls));
        return new MatrixView(WIDTH, HEIGHT, PLOT_X, PLOT_Y, PLOT_W, PLOT_H, quadrants(counts), ticks(), dots, unplotted,
                messages.getText("journeymaps.priorities.matrix.summary", count(counts, Quadrant.QUICK_WINS),
                        count(counts, Quadrant.BIG_BETS), count(counts, Quadrant.FILL_INS), count(counts, Quadrant.MONEY_PITS)));
    }

    private void place(List<RankedCard> cell, List<MatrixView.MatrixDot> dots, PageUrls urls) {
        int rows = (cell.size() + PER_ROW - 1) / PER_ROW;
        for (int k = 0; k < cell.size(); k++) {
            RankedCard card = cell.get(k);
            int impact = card.priority().triage().scores().impact();
            int feasibility = card.priority().triage().scores().feasibility();
            int row = k / PER_ROW;
            int inRow = Math.min(PER_ROW, cell.size() - row * PER_ROW);
            double cx = PLOT_X + (feasibility - 0.5) * CELL_W + ((k % PER_ROW) - (inRow - 1) / 2.0) * DOT_GAP;
            double cy = PLOT_Y + (5 - impact + 0.5) * CELL_H + DOT_DROP + (row - (rows - 1) / 2.0) * DOT_GAP;
            Quadrant quadrant = card.priority().quadrant();
            String rank = card.rank() > 0 ? String.valueOf(card.rank()) : "–";
            String aria = messages.getText("journeymaps.priorities.matrix.dot", rank, card.priority().card().text(),
                    impact, feasibility, label(quadrant));
            dots.add(new MatrixView.MatrixDot(card.priority().card().id(), (int) Math.round(cx), (int) Math.round(cy), rank,
                    card.priority().lane().kind().key(), quadrant.key(), aria, urls.card(card.priority().map().id(), card.priority().card().id())));
        }
    }

    private List<MatrixView.MatrixQuadrant> quadrants(Map<Quadrant, Integer> counts) {
        int lowW = (Quadrant.HIGH_FROM - 1) * CELL_W;
        int highW = PLOT_W - lowW;
        int highH = (5 - Quadrant.HIGH_FROM + 1) * CELL_H;
        int lowH = PLOT_H - highH;
        return List.of(
                quadrant(Quadrant.BIG_BETS, PLOT_X, PLOT_Y, lowW, highH, counts),
                quadrant(Quadrant.QUICK_WINS, PLOT_X + lowW, PLOT_Y, highW, highH, counts),
                quadrant(Quadrant.MONEY_PITS, PLOT_X, PLOT_Y + highH, lowW, lowH, counts),
                quadrant(Quadrant.FILL_INS, PLOT_X + lowW, PLOT_Y + highH, highW, lowH, counts));
    }

    private MatrixView.MatrixQuadrant quadrant(Quadrant quadrant, int x, int y, int w, int h, Map<Quadrant, Integer> counts) {
        String countLabel = messages.getText("journeymaps.priorities.matrix.count", count(counts, quadrant));
        return new MatrixView.MatrixQuadrant(quadrant.key(), label(quadrant), x, y, w, h, x + 8, y + 17, countLabel);
    }

    private static List<MatrixView.MatrixTick> ticks() {
        List<MatrixView.MatrixTick> ticks = new ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            ticks.add(new MatrixView.MatrixTick(String.valueOf(value), PLOT_X + (int) ((value - 0.5) * CELL_W), PLOT_Y + PLOT_H + 18));
            ticks.add(new MatrixView.MatrixTick(String.valueOf(value), PLOT_X - 12, PLOT_Y + (int) ((5 - value + 0.5) * CELL_H) + 4));
        }
        return ticks;
    }

    String label(Quadrant quadrant) {
        return messages.getText("journeymaps.quadrant." + quadrant.key());
    }

    private static int count(Map<Quadrant, Integer> counts, Quadrant quadrant) {
        return counts.getOrDefault(quadrant, 0);
    }
}
