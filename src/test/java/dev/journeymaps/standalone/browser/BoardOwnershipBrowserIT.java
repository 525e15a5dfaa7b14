package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 4: owners and scores on the board, editable in the side panel; every card has an address that
 * opens it, and the priorities page links there.
 */
class BoardOwnershipBrowserIT extends BoardBrowserTest {

    @Test
    void painPointsShowTheirOwnersAvatarAndScoreChip() {
        JsonNode full = fullyTriagedCard();
        openMap("");

        WebElement card = card(full.get("text").asText());
        assertThat(card.findElement(By.cssSelector(".jm-owner .jm-initials")).getText()).isNotBlank();
        assertThat(card.findElement(By.cssSelector(".jm-owner-name")).getText()).isEqualTo(full.get("owner").get("displayName").asText());
        assertThat(card.findElement(By.cssSelector(".jm-score-chip")).getText()).endsWith(full.get("score").get("display").asText());
        assertThat(driver.findElements(By.cssSelector(".jm-card .jm-unowned-badge"))).as("no UNOWNED lozenge any more").isEmpty();
        long actionable = driver.findElements(By.cssSelector(".jm-card[data-action-state]")).size();
        assertThat(driver.findElements(By.cssSelector(".jm-card .jm-card-foot"))).hasSize((int) actionable);
    }

    @Test
    void aCardsAddressOpensItAndItsOwnerAndScoreAreSetInTheSidePanel() {
        JsonNode unscored = null;
        for (JsonNode c : server.json(API + "/maps/" + mapId + "/priorities").get("cards")) {
            if (c.get("owner").isNull() && c.get("impact").isNull()) {
                unscored = c;
                break;
            }
        }
        assertThat(unscored).as("the demo has an unowned, unscored pain point").isNotNull();
        long cardId = unscored.get("cardId").asLong();

        openMap("?card=" + cardId);
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.findElement(By.id("jm-panel-heading")).getText()).isEqualTo(unscored.get("text").asText());
        assertThat(driver.findElement(By.id("jm-triage-form")).isDisplayed()).isTrue();
        assertAccessible("side panel with owner and score");

        markPage();
        new Select(driver.findElement(By.id("jm-triage-impact"))).selectByValue("4");
        new Select(driver.findElement(By.id("jm-triage-feasibility"))).selectByValue("5");
        WebElement owner = driver.findElement(By.id("jm-triage-owner"));
        String someone = server.json(API + "/users?query=a").get(0).get("displayName").asText();
        owner.sendKeys(someone);
        driver.findElement(By.cssSelector("#jm-triage-form button[type=submit]")).click();

        WebElement card = driver.findElement(By.cssSelector(".jm-card[data-card-id=\"" + cardId + "\"]"));
        until(d -> card.findElement(By.cssSelector(".jm-score-chip")).getText().endsWith("20"));
        assertThat(card.findElement(By.cssSelector(".jm-owner-name")).getText()).isEqualTo(someone);
        assertThat(samePage()).as("applied to the board without loading the page").isTrue();
        JsonNode saved = server.json(API + "/maps/" + mapId + "/priorities").get("cards");
        JsonNode after = null;
        for (JsonNode c : saved) {
            if (c.get("cardId").asLong() == cardId) {
                after = c;
            }
        }
        assertThat(after.get("impact").asInt()).isEqualTo(4);
        assertThat(after.get("owner").get("displayName").asText()).isEqualTo(someone);
    }

    @Test
    void theMatrixAndTheRankedListLinkToEachCardOnTheMap() {
        driver.get(server.url(mapPath() + "/priorities"));
        until(d -> !d.findElements(By.cssSelector(".jm-rank-row")).isEmpty());

        List<WebElement> dots = driver.findElements(By.cssSelector(".jm-dot"));
        assertThat(dots).isNotEmpty().allSatisfy(dot -> assertThat(dot.getAttribute("href"))
                .contains(mapPath() + "?card=" + dot.getAttribute("data-card-id")));
        WebElement row = driver.findElements(By.cssSelector(".jm-rank-row")).get(0);
        String cardId = row.getAttribute("data-card-id");
        WebElement link = row.findElement(By.cssSelector("a.jm-rank-text"));
        String text = link.getText();
        assertThat(link.getAttribute("href")).endsWith(mapPath() + "?card=" + cardId);

        link.click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.findElement(By.id("jm-panel-heading")).getText()).isEqualTo(text);
        assertThat(driver.getCurrentUrl()).endsWith("?card=" + cardId);
    }
}
