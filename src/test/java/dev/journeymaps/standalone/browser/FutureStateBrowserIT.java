package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 3: "Create future-state map" asks for the title in a dialog (no "(Current state) (future state)"),
 * warns when a future state exists, and opens the new map.
 */
class FutureStateBrowserIT extends PageTest {

    private static WebElement openDialog() {
        byId("jm-future-state-open").click();
        return until(d -> d.findElement(By.id("jm-future-state-title")).isDisplayed() ? d.findElement(By.id("jm-future-state-title")) : null);
    }

    @Test
    void theDialogProposesATitleWarnsAboutAnExistingFutureStateAndOpensTheNewMap() {
        JsonNode current = createMap("FUT", "Onboarding (Current state)", "current-state");
        long id = current.get("id").asLong();
        addCard(id, laneOfKind(current, "pain-points"), current.get("stages").get(0).get("id").asLong(), "Setup takes a week", null);
        open(PAGES + "/map/" + id);

        WebElement title = openDialog();
        assertThat(title.getAttribute("value")).isEqualTo("Onboarding (future state)");
        assertThat(driver.findElements(By.id("jm-future-exists"))).isEmpty();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-future-state-title");
        Accessibility.assertNoModerateOrWorseViolations(driver, "future-state dialog");
        reloadAfter(() -> {
            title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Onboarding, one day setup");
            title.sendKeys(Keys.ENTER);
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Onboarding, one day setup");
        assertThat(driver.findElement(By.cssSelector(".jm-origin-link")).getText()).isEqualTo("Onboarding (Current state)");
        assertThat(driver.findElements(By.cssSelector(".jm-card-text")).stream().map(WebElement::getText)).containsExactly("Setup takes a week");
        assertThat(flagText()).contains("Future-state map created");

        open(PAGES + "/map/" + id);
        openDialog();
        assertThat(byId("jm-future-exists").getText()).contains("already has a future state").contains("Onboarding, one day setup");
        Accessibility.assertNoModerateOrWorseViolations(driver, "future-state dialog with a warning");
        screenshot("05-future-state-dialog");
        driver.findElement(By.cssSelector("#jm-future-state-dialog [data-jm-close-dialog]")).click();
        until(d -> !d.findElement(By.id("jm-future-state-dialog")).isDisplayed());
        assertThat(map(id).get("futureStateMapIds").size()).as("cancel creates nothing").isEqualTo(1);
    }
}
