package dev.journeymaps.architecture.broken.store.board;

import net.java.ao.Entity;

/** Broken on purpose (see CapabilityRulesTest): an entity that a resource outside the store uses. */
public interface CardRow extends Entity {
    String getText();
}
