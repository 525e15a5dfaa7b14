package dev.journeymaps.app.work.tracker;

import dev.journeymaps.domain.board.Card;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text description of an issue created from a card: the problem (the card's details), its
 * evidence when there is any, and a link back to the map.
 */
public final class IssueDescription {
    private IssueDescription() {
    }

    public static String of(Card card, List<String> evidence, String mapUrl) {
        List<String> parts = new ArrayList<>();
        if (!card.details().isBlank()) {
            parts.add(card.details());
        }
        if (!evidence.isEmpty()) {
            parts.add("Evidence:\n" + String.join("\n", evidence.stream().map(line -> "- " + line).toList()));
        }
        parts.add("Journey map: " + mapUrl);
        return String.join("\n\n", parts);
    }

    /** A card's text as a one-line summary within Jira's limit. */
    public static String summaryOf(String text, int max) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
    }
}
