package dev.journeymaps.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Port: what a page needs in its {@code <head>} to load AUI and our CSS/JS. Jira requires the plugin's
 * web-resource (its decorator writes the tags) and returns ""; standalone returns link/script tags.
 * The result is trusted markup (templates insert it as {@code $headHtml}).
 */
public interface PageResources {
    String headHtml(HttpServletRequest request);
}
