package dev.journeymaps.web.page.history;

/** A map's review cadence and owner as the priorities page and the map view show them. */
public record ReviewPanel(String ownerKey, String ownerName, boolean unowned, int intervalDays, String intervalLabel, String lastReviewed,
                          String dueIso, String dueLabel, String stateKey, String stateLabel, boolean stale) {
}
