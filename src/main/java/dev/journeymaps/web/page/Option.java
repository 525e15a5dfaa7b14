package dev.journeymaps.web.page;

/** A choice in a select: the value the REST API takes, its translated (or user-given) label, and whether it is chosen. */
public record Option(String value, String label, boolean selected) {

    public Option(String value, String label) {
        this(value, label, false);
    }
}
