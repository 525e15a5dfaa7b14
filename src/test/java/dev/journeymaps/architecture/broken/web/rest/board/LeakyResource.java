package dev.journeymaps.architecture.broken.web.rest.board;

import dev.journeymaps.architecture.broken.store.board.CardRow;

/** Broken on purpose (see CapabilityRulesTest): an entity leaves the store. */
public class LeakyResource {
    String text(CardRow row) {
        return row.getText();
    }
}
