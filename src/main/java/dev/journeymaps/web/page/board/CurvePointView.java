package dev.journeymaps.web.page.board;

/**
 * One stage on the emotion curve. {@code left}/{@code top} are CSS percentages computed on the server, so
 * the markers sit on the path without any script; unscored stages have no marker.
 */
public record CurvePointView(String stageName, String scoreLabel, boolean scored, boolean lowest, String left, String top,
                             int count) {
}
