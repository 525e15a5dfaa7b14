package dev.journeymaps.architecture.broken.app.board;

import dev.journeymaps.architecture.broken.app.work.Work;

/** Broken on purpose (see CapabilityRulesTest): the board depends on another capability. */
public class Board {
    Work work;
}
