package dev.journeymaps.architecture.broken.app.stewardship;

import dev.journeymaps.architecture.broken.app.work.Work;

/** Broken on purpose (see CapabilityRulesTest): work and stewardship depend on each other. */
public class Stewardship {
    Work work;
}
