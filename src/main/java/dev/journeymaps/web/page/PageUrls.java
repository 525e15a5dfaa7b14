package dev.journeymaps.web.page;

/** The page URLs, identical in both hosts: {@code <context>/plugins/servlet/journeymaps/...}. */
public record PageUrls(String contextPath) {
    static final String SERVLET_PATH = "/plugins/servlet/journeymaps";

    public PageUrls {
        contextPath = contextPath == null ? "" : contextPath;
    }

    public String project(String projectKey) {
        return contextPath + SERVLET_PATH + "/project/" + projectKey;
    }

    /** The project picker. */
    public String projects() {
        return contextPath + SERVLET_PATH + "/projects";
    }

    public String map(long mapId) {
        return contextPath + SERVLET_PATH + "/map/" + mapId;
    }

    /** The map with the side panel open on one of its cards: the card's own address. */
    public String card(long mapId, long cardId) {
        return map(mapId) + "?card=" + cardId;
    }

    String home() {
        return contextPath.isEmpty() ? "/" : contextPath + "/";
    }
}
