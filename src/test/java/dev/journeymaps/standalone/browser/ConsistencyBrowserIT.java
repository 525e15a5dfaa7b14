package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 12: the same thing looks and reads the same on every page — the assumption lozenge has one colour,
 * page titles do not repeat the project key, the owner filter shows names, an empty map shows no red zeros, and the
 * priorities header says what its first number counts.
 */
class ConsistencyBrowserIT extends PageTest {

    private static String colour(String css) {
        return driver.findElement(By.cssSelector(css)).getCssValue("background-color");
    }

    @Test
    void theAssumptionLozengeHasOneColourOnTheBoardAndOnThePriorities() {
        JsonNode board = createMap("SAME", "Checkout", "current-state");
        long id = board.get("id").asLong();
        addCard(id, laneOfKind(board, "pain-points"), board.get("stages").get(0).get("id").asLong(), "Coupon field hidden", null);
        open(PAGES + "/map/" + id);
        String onBoard = colour(".jm-card .jm-assumption");
        open(PAGES + "/map/" + id + "/priorities");
        assertThat(colour(".jm-assumption-badge")).isEqualTo(onBoard);
        open(PAGES + "/project/SAME/priorities");
        assertThat(driver.getTitle()).isEqualTo("Priorities - SAME");
        assertThat(driver.findElement(By.cssSelector(".jm-stats dt")).getText()).isEqualToIgnoringCase("Pain points and opportunities");
    }

    @Test
    void anEmptyMapShowsNoRedZerosAndTheOwnerFilterShowsNames() {
        long id = createMap("EMPTY", "Nothing yet", "current-state").get("id").asLong();
        open(PAGES + "/map/" + id);
        WebElement zero = driver.findElement(By.cssSelector(".jm-stat-pain dd"));
        assertThat(zero.getText()).isEqualTo("0");
        assertThat(zero.getCssValue("color")).isNotEqualTo("rgba(191, 38, 0, 1)");
        assertThat(driver.findElement(By.cssSelector(".jm-stat-unowned dd")).getCssValue("color")).isNotEqualTo("rgba(151, 79, 12, 1)");

        open(PAGES + "/project/EMPTY");
        String owner = map(id).get("owner").asText();
        WebElement option = new Select(byId("jm-filter-owner")).getOptions().stream()
                .filter(o -> owner.equals(o.getAttribute("value"))).findFirst().orElseThrow();
        String shownAsOwner = driver.findElement(By.cssSelector(".jm-map-table tbody tr td:nth-child(4)")).getText();
        assertThat(option.getText()).isEqualTo(shownAsOwner);
    }
}
