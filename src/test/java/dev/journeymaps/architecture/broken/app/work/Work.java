package dev.journeymaps.architecture.broken.app.work;

import dev.journeymaps.architecture.broken.app.stewardship.Stewardship;

/** Broken on purpose (see CapabilityRulesTest): work and stewardship depend on each other. */
public class Work {
    Stewardship stewardship;
}
