package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a cell draws its first 20 cards and "Show 5 more cards" for the rest, which fetches them into the cell in
 * their order without a page load; a link to a card waiting behind the button opens the side panel on it; the button is
 * reached with the keyboard like the cards.
 */
class LongCellBrowserIT extends PageTest {
    private static final int CARDS = 25;
    private static long mapId;
    private static long lane;
    private static long stage;
    private static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void longCell() {
        JsonNode map = createMap("LONG", "Onboarding", "current-state");
        mapId = map.get("id").asLong();
        lane = laneOfKind(map, "pain-points");
        stage = map.get("stages").get(0).get("id").asLong();
        for (int i = 1; i <= CARDS; i++) {
            ids.add(addCard(mapId, lane, stage, "Pain " + i, null));
        }
    }

    private static List<String> texts() {
        return driver.findElements(By.cssSelector(".jm-cell[data-lane-id='" + lane + "'][data-stage-id='" + stage + "'] .jm-card-text"))
                .stream().map(WebElement::getText).toList();
    }

    private static List<String> expected(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            texts.add("Pain " + i);
        }
        return texts;
    }

    @Test
    void theCellShowsItsFirstCardsAndTheRestOnDemandInOrder() {
        open(PAGES + "/map/" + mapId);
        assertThat(texts()).containsExactlyElementsOf(expected(20));
        WebElement more = driver.findElement(By.cssSelector(".jm-show-more"));
        assertThat(more.getText()).isEqualTo("Show 5 more cards");
        assertThat(driver.findElement(By.cssSelector(".jm-stage[data-stage-id='" + stage + "']")).getAttribute("data-card-count"))
                .as("the stage still counts every card").isEqualTo(String.valueOf(CARDS));
        Accessibility.assertNoModerateOrWorseViolations(driver, "a cell with more cards than it draws");
        js("arguments[0].scrollIntoView({block: 'center'})", more);
        screenshot("long-cell-more");

        js("window.__jmSamePage = true;");
        more.click();
        until(d -> d.findElements(By.cssSelector(".jm-show-more")).isEmpty());
        assertThat(texts()).containsExactlyElementsOf(expected(CARDS));
        assertThat(js("return window.__jmSamePage === true")).as("no page load").isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector(".jm-card[data-card-id='" + ids.get(24) + "']"))).hasSize(1);
        Accessibility.assertNoModerateOrWorseViolations(driver, "a long cell shown whole");
    }

    @Test
    void aLinkToACardBehindTheButtonOpensTheSidePanelOnIt() {
        open(PAGES + "/map/" + mapId + "?card=" + ids.get(22));
        WebElement heading = until(d -> d.findElement(By.id("jm-panel")).isDisplayed() ? d.findElement(By.id("jm-panel-heading")) : null);
        assertThat(heading.getText()).isEqualTo("Pain 23");
        assertThat(texts()).containsExactlyElementsOf(expected(CARDS));
    }

    @Test
    void aCardAddedToALongCellIsShownAndFocusedAndAnOpenedCellStaysOpen() {
        JsonNode map = createMap("LONGADD", "Renewals", "current-state");
        long id = map.get("id").asLong();
        long pains = laneOfKind(map, "pain-points");
        long first = map.get("stages").get(0).get("id").asLong();
        for (int i = 1; i <= 21; i++) {
            addCard(id, pains, first, "Pain " + i, null);
        }
        open(PAGES + "/map/" + id);
        assertThat(driver.findElement(By.cssSelector(".jm-show-more")).getText()).isEqualTo("Show 1 more card");

        // Added at the end of the cell, behind the button: the cell opens and the new card has the focus.
        MapSteps.addCard("Pain points", 0, "Pain 22");
        until(d -> "Pain 22".equals(d.switchTo().activeElement().getAttribute("aria-label")));
        assertThat(driver.findElements(By.cssSelector(".jm-show-more"))).isEmpty();
        assertThat(MapSteps.cardTexts()).containsExactlyElementsOf(expected(22));

        // The board swapped in after the next write keeps the opened cell open.
        MapSteps.addCard("Pain points", 0, "Pain 23");
        until(d -> "Pain 23".equals(d.switchTo().activeElement().getAttribute("aria-label")));
        assertThat(MapSteps.cardTexts()).containsExactlyElementsOf(expected(23));
    }

    @Test
    void theButtonIsOnTheBoardsKeyboardPathAndOpensWithEnter() {
        open(PAGES + "/map/" + mapId);
        WebElement twentieth = driver.findElement(By.cssSelector(".jm-card[data-card-id='" + ids.get(19) + "']"));
        js("arguments[0].focus()", twentieth);
        twentieth.sendKeys(Keys.ARROW_DOWN);
        WebElement more = driver.switchTo().activeElement();
        assertThat(more.getAttribute("class")).contains("jm-show-more");
        more.sendKeys(Keys.ENTER);
        until(d -> d.findElements(By.cssSelector(".jm-show-more")).isEmpty());
        assertThat(driver.switchTo().activeElement().getAttribute("data-card-id")).as("focus on the first card fetched")
                .isEqualTo(String.valueOf(ids.get(20)));
        assertThat(texts()).containsExactlyElementsOf(expected(CARDS));
    }
}
