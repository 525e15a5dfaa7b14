package dev.journeymaps.architecture.broken.app.exchange;

import dev.journeymaps.architecture.broken.app.board.Board;

/** Exchange reading the board, as it should (see CapabilityRulesTest). */
public class Export {
    Board board;
}
