package dev.journeymaps.web;

import dev.journeymaps.app.work.AddressedCard;
import dev.journeymaps.app.BaseUrl;

import java.util.List;

/**
 * The issue panel fragment ({@code templates/issue-panel.vm}): the pain points and opportunities an issue
 * addresses. One model for both hosts: Jira's issue-view web panel and the standalone REST fragment.
 */
public record IssuePanel(List<IssuePanelCard> cards) {
    public static final String TEMPLATE = "templates/issue-panel.vm";

    public IssuePanel {
        cards = List.copyOf(cards);
    }

    public static IssuePanel of(List<AddressedCard> addressed, BaseUrl baseUrl, Messages messages) {
        return new IssuePanel(addressed.stream().map(card -> new IssuePanelCard(card.mapTitle(), baseUrl.mapPage(card.mapId()),
                card.stageName(), card.cardText(),
                card.kind() == null ? "" : messages.getText("journeymaps.lane.kind." + card.kind().key()),
                card.evidenceCount(), baseUrl.mapPage(card.mapId()) + "?card=" + card.cardId(), card.mapArchived())).toList());
    }

    public boolean hasCards() {
        return !cards.isEmpty();
    }
}
