package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 9: evidence says explicitly whether it is validated or only an assumption, in the side panel's
 * form and list; a card backed only by assumptions stays an assumption. Point 12: the board says "1 piece of
 * evidence" as the priorities page does, and the Assumption lozenge has one colour on both pages.
 */
class EvidenceStandingBrowserIT extends BoardBrowserTest {

    @Test
    void evidenceMarkedAsAnAssumptionLeavesTheCardAnAssumptionUntilItIsValidated() {
        openMap("");
        WebElement card = driver.findElements(By.cssSelector(".jm-kind-pain-points .jm-card")).stream()
                .filter(c -> !c.findElements(By.cssSelector(".jm-assumption")).isEmpty()).findFirst().orElseThrow();
        long cardId = Long.parseLong(card.getAttribute("data-card-id"));
        card.click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        js("document.getElementById('jm-evidence-form').scrollIntoView()");

        WebElement standing = driver.findElement(By.cssSelector(".jm-evidence-standing"));
        assertThat(standing.findElement(By.tagName("legend")).getText()).isEqualTo("Is it validated?");
        assertThat(driver.findElement(By.cssSelector("input[name=assumption][value=false]")).isSelected())
                .as("validated unless said otherwise").isTrue();
        driver.findElement(By.id("jm-evidence-quote")).sendKeys("Sales think admins give up");
        driver.findElement(By.cssSelector("input[name=assumption][value=true]")).click();
        assertAccessible("evidence form with the assumption switch");
        save();

        WebElement item = until(d -> d.findElement(By.cssSelector("#jm-evidence-list .jm-evidence-item")));
        assertThat(item.findElement(By.cssSelector(".jm-evidence-assumption")).isDisplayed()).isTrue();
        assertThat(evidenceOf(cardId).get("assumption").asBoolean()).isTrue();
        WebElement onBoard = driver.findElement(By.id("jm-card-" + cardId));
        assertThat(onBoard.findElements(By.cssSelector(".jm-assumption"))).as("still an assumption").hasSize(1);
        assertThat(onBoard.findElement(By.cssSelector(".jm-evidence-count")).getText()).isEqualTo("1 piece of evidence");
        assertAccessible("side panel listing an assumption");

        item.findElement(By.cssSelector(".jm-evidence-edit")).click();
        assertThat(driver.findElement(By.cssSelector("input[name=assumption][value=true]")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("input[name=assumption][value=false]")).click();
        save();

        until(d -> d.findElement(By.cssSelector("#jm-evidence-list .jm-evidence-assumption")).isDisplayed() ? null : true);
        assertThat(evidenceOf(cardId).get("assumption").asBoolean()).isFalse();
        assertThat(driver.findElement(By.id("jm-card-" + cardId)).findElements(By.cssSelector(".jm-assumption")))
                .as("validated evidence backs the card").isEmpty();
    }

    @Test
    void theAssumptionLozengeHasOneColourOnTheBoardAndThePrioritiesPage() {
        openMap("");
        String board = driver.findElement(By.cssSelector(".jm-card .jm-assumption")).getCssValue("background-color");
        driver.get(server.url(mapPath() + "/priorities"));
        String priorities = until(d -> d.findElement(By.cssSelector(".jm-assumption-badge"))).getCssValue("background-color");
        assertThat(priorities).isEqualTo(board);
    }

    private static void save() {
        long before = version();
        driver.findElement(By.cssSelector("#jm-evidence-form button[type=submit]")).click();
        until(d -> version() > before && !"true".equals(d.findElement(By.tagName("body")).getAttribute("aria-busy")));
    }

    private static JsonNode evidenceOf(long cardId) {
        return server.json(API + "/maps/" + mapId + "/cards/" + cardId).get("card").get("evidence").get(0);
    }
}
