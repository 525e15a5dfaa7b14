package dev.journeymaps.architecture.broken.app.history;

import dev.journeymaps.architecture.broken.app.exchange.Export;

/** Broken on purpose (see CapabilityRulesTest): a capability depends on exchange, which sits on top of all of them. */
public class Snapshots {
    Export export;
}
