package dev.journeymaps.app;

/**
 * Port: the absolute URL users reach the host at (Jira's canonical base URL; the standalone server's
 * public URL), for links that leave the host, such as the map link in an issue created from a card.
 */
public interface BaseUrl {
    /** Without a trailing slash, e.g. {@code https://jira.example.com/jira}. */
    String canonical();

    /** The absolute address of a map's page in either host. */
    default String mapPage(long mapId) {
        String base = canonical();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/plugins/servlet/journeymaps/map/" + mapId;
    }
}
