package dev.journeymaps.web.page;

/** The page URLs, identical in both hosts: {@code <context>/plugins/servlet/journeymaps/...}. */
record PageUrls(String contextPath) {
    static final String SERVLET_PATH = "/plugins/servlet/journeymaps";

    PageUrls {
        contextPath = contextPath == null ? "" : contextPath;
    }

    String project(String projectKey) {
        return contextPath + SERVLET_PATH + "/project/" + projectKey;
    }

    String map(long mapId) {
        return contextPath + SERVLET_PATH + "/map/" + mapId;
    }

    String home() {
        return contextPath.isEmpty() ? "/" : contextPath + "/";
    }
}
