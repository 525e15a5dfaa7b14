package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey map editor end to end: a service blueprint for the demo journey built from an empty project
 * with the UI only, then reloaded and checked in the page and through the REST API.
 */
@BrowserTest.WithoutDemo
class JourneyEditorBrowserIT extends BrowserTest {



    @Test
    void aServiceBlueprintIsBuiltFromAnEmptyProjectWithTheUiOnlyAndKeptAsItWasLeft() {
        // A persona, on the project's (empty) map list.
        driver.get(server.url("/plugins/servlet/journeymaps/project/BLUE"));
        browser.until(d -> d.findElement(By.id("jm-create-persona-button")).isDisplayed());
        driver.findElement(By.id("jm-create-persona-button")).click();
        browser.until(d -> d.findElement(By.id("jm-persona-dialog")).isDisplayed());
        driver.findElement(By.id("jm-persona-name")).sendKeys("Priya, Head of Operations");
        driver.findElement(By.id("jm-persona-description")).sendKeys("Evaluates tools without a data team");
        driver.findElement(By.id("jm-persona-submit")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".jm-persona-card")).isEmpty());

        // A service blueprint choosing that persona.
        driver.findElement(By.id("jm-create-map-button")).click();
        browser.until(d -> d.findElement(By.id("jm-create-map-dialog")).isDisplayed());
        driver.findElement(By.id("jm-map-title")).sendKeys("Prospect to first value, blueprint");
        browser.select(driver.findElement(By.id("jm-map-type")), "service-blueprint");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("jm-map-persona-id"))).selectByVisibleText("Priya, Head of Operations");
        driver.findElement(By.id("jm-create-map-submit")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());
        long mapId = Long.parseLong(driver.findElement(By.id("jm-root")).getAttribute("data-map-id"));
        assertThat(driver.findElement(By.cssSelector(".jm-scope-persona .jm-persona-name")).getAttribute("textContent"))
                .isEqualTo("Priya, Head of Operations");

        // Stages: rename the template's three, add a fourth.
        String[] names = {"Evaluate", "Trial", "Onboard"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            browser.write(() -> {
                WebElement stage = driver.findElements(By.cssSelector(".jm-stage")).get(index);
                browser.click(stage.findElement(By.cssSelector("[data-jm-action=rename-stage]")));
                WebElement input = stage.findElement(By.cssSelector(".jm-rename-input"));
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), names[index], Keys.ENTER);
            });
        }
        browser.write(() -> {
            browser.type(driver.findElement(By.id("jm-new-stage-name")), "First value");
            driver.findElement(By.cssSelector("#jm-add-stage-form button[type=submit]")).click();
        });

        // Lanes: emotions, touchpoints and a custom one on top of the blueprint's own.
        addLane("emotions", "Emotions");
        addLane("touchpoints", "Touchpoints");
        addLane("custom", "Partner handoffs");

        // Cards in a lane of every kind, emotion scores forming a curve, channels on touchpoints.
        browser.addCard("Physical evidence", 0, "Pricing page", null, null);
        browser.addCard("Customer actions", 0, "Books a demo", null, null);
        browser.addCard("Frontstage", 1, "Sales engineer call", null, "phone");
        browser.addCard("Backstage", 1, "IT issues warehouse credentials", null, null);
        browser.addCard("Support processes", 2, "Data mapping wizard", null, null);
        browser.addCard("Pain points", 1, "Warehouse credentials take a week", null, null);
        browser.addCard("Opportunities", 1, "Pause the trial clock", null, null);
        browser.addCard("Touchpoints", 0, "Comparison article", null, "web");
        browser.addCard("Partner handoffs", 0, "Reseller passes the lead", null, null);
        browser.addCard("Emotions", 0, "Curious", "1", null);
        browser.addCard("Emotions", 1, "Anxious", "-2", null);
        browser.addCard("Emotions", 2, "Overwhelmed", "-3", null);
        browser.addCard("Emotions", 3, "Proud", "3", null);

        // Evidence on the pain point, through the side panel.
        driver.findElement(By.cssSelector(".jm-kind-pain-points .jm-card")).click();
        browser.until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-card-text");
        browser.write(() -> {
            browser.select(driver.findElement(By.id("jm-evidence-type")), "interview");
            driver.findElement(By.id("jm-evidence-customers")).sendKeys("9");
            driver.findElement(By.id("jm-evidence-source")).sendKeys("https://research.example.com/trial");
            driver.findElement(By.id("jm-evidence-quote")).sendKeys("I spent a week of my trial waiting for IT.");
            driver.findElement(By.cssSelector("#jm-evidence-form button[type=submit]")).click();
        });
        browser.until(d -> !d.findElements(By.cssSelector("#jm-panel:not([hidden]) .jm-evidence-item")).isEmpty());
        driver.findElement(By.id("jm-panel")).sendKeys(Keys.ESCAPE);
        browser.until(d -> !d.findElement(By.id("jm-panel")).isDisplayed());

        // Drag the custom lane's card from the first stage to the third.
        browser.dragCardTo(browser.card("Reseller passes the lead"), browser.cell("Partner handoffs", 2));

        driver.navigate().refresh();
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());

        List<String> stageNames = new ArrayList<>();
        driver.findElements(By.cssSelector(".jm-stage-name")).forEach(s -> stageNames.add(s.getText()));
        assertThat(stageNames).containsExactly("Evaluate", "Trial", "Onboard", "First value");
        assertThat(texts(browser.cell("Partner handoffs", 2))).containsExactly("Reseller passes the lead");
        assertThat(texts(browser.cell("Partner handoffs", 0))).isEmpty();
        assertThat(texts(browser.cell("Frontstage", 1))).containsExactly("Sales engineer call");
        assertThat(browser.card("Sales engineer call").getText()).containsIgnoringCase("phone");
        assertThat(browser.card("Warehouse credentials take a week").findElements(By.cssSelector(".jm-evidence-count"))).hasSize(1);
        assertThat(browser.card("Pause the trial clock").findElements(By.cssSelector(".jm-assumption"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".jm-curve-path")).getAttribute("d")).startsWith("M").contains("C");
        assertThat(driver.findElements(By.cssSelector(".jm-curve-point"))).hasSize(4);
        assertThat(driver.findElement(By.cssSelector(".jm-curve-lowest .jm-curve-low-label")).getAttribute("textContent")).contains("Onboard");
        assertThat(driver.findElement(By.id("jm-validation")).getText()).contains("1 of 2", "50%");

        JsonNode map = server.get("/rest/journeymaps/1.0/maps/" + mapId).json();
        assertThat(map.get("type").asText()).isEqualTo("service-blueprint");
        assertThat(map.get("personaId").isNumber()).isTrue();
        assertThat(map.get("stages").findValuesAsText("name")).containsExactly("Evaluate", "Trial", "Onboard", "First value");
        assertThat(map.get("lanes").findValuesAsText("kind")).contains("physical-evidence", "actions", "frontstage", "backstage",
                "support-processes", "pain-points", "opportunities", "emotions", "touchpoints", "custom");
        assertThat(map.get("cards")).hasSize(13);
        List<Double> curve = new ArrayList<>();
        map.get("emotionCurve").forEach(p -> curve.add(p.get("score").asDouble()));
        assertThat(curve).containsExactly(1.0, -2.0, -3.0, 3.0);
        JsonNode pain = cardNamed(map, "Warehouse credentials take a week");
        assertThat(pain.get("evidence")).singleElement().satisfies(e -> {
            assertThat(e.get("type").asText()).isEqualTo("interview");
            assertThat(e.get("customersAffected").asInt()).isEqualTo(9);
            assertThat(e.get("quote").asText()).isEqualTo("I spent a week of my trial waiting for IT.");
        });
        assertThat(cardNamed(map, "Reseller passes the lead").get("stageId").asLong()).isEqualTo(map.get("stages").get(2).get("id").asLong());
        assertThat(cardNamed(map, "Comparison article").get("channel").asText()).isEqualTo("web");
    }

    @Test
    void aCardMovesWithTheKeyboardAndALaneHidesAndShowsAgain() {
        JsonNode map = server.post("/rest/journeymaps/1.0/maps", "{\"projectKey\":\"KEYS\",\"title\":\"Keyboard\",\"type\":\"current-state\"}").json();
        long mapId = map.get("id").asLong();
        long thoughts = map.get("lanes").get(2).get("id").asLong();
        server.post("/rest/journeymaps/1.0/maps/" + mapId + "/cards", "{\"version\":1,\"laneId\":" + thoughts
                + ",\"stageId\":" + map.get("stages").get(0).get("id").asLong() + ",\"text\":\"Is it worth it?\"}");
        driver.get(server.url("/plugins/servlet/journeymaps/map/" + mapId));
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());

        WebElement card = browser.card("Is it worth it?");
        card.sendKeys(Keys.ENTER);
        browser.until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        browser.write(() -> {
            browser.select(driver.findElement(By.id("jm-move-stage")), map.get("stages").get(3).get("id").asText());
            driver.findElement(By.cssSelector("#jm-move-form button[type=submit]")).sendKeys(Keys.ENTER);
        });
        assertThat(texts(browser.cell("Thoughts", 3))).containsExactly("Is it worth it?");
        assertThat(driver.switchTo().activeElement().getAttribute("data-card-id"))
                .as("focus on %s", driver.switchTo().activeElement().getAttribute("outerHTML"))
                .isEqualTo(browser.card("Is it worth it?").getAttribute("data-card-id"));

        // Hiding a lane is this user's view only: nothing is written, the lane stays for everyone else.
        long before = browser.version();
        browser.click(browser.lane("Thoughts").findElement(By.cssSelector("[data-jm-action=hide-lane]")));
        browser.until(d -> !d.findElement(By.cssSelector(".jm-lane[data-lane-id=\"" + thoughts + "\"] .jm-lane-header")).isDisplayed());
        assertThat(driver.findElement(By.id("jm-my-hidden-lanes")).getAttribute("textContent")).contains("Thoughts");
        assertThat(server.get("/rest/journeymaps/1.0/maps/" + mapId).json().get("version").asLong()).isEqualTo(before);
        driver.navigate().refresh();
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".jm-lane[data-lane-id=\"" + thoughts + "\"] .jm-lane-header")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("#jm-my-hidden-lanes summary")).click();
        driver.findElement(By.cssSelector("#jm-my-hidden-lanes li button")).click();
        browser.until(d -> browser.lane("Thoughts").findElement(By.cssSelector(".jm-lane-header")).isDisplayed());
        assertThat(texts(browser.cell("Thoughts", 3))).containsExactly("Is it worth it?");
    }

    private static void addLane(String kind, String title) {
        browser.write(() -> {
            browser.select(driver.findElement(By.id("jm-new-lane-kind")), kind);
            browser.type(driver.findElement(By.id("jm-new-lane-title")), title);
            driver.findElement(By.cssSelector("#jm-add-lane-form button[type=submit]")).click();
        });
    }

    private static List<String> texts(WebElement cell) {
        return cell.findElements(By.cssSelector(".jm-card-text")).stream().map(WebElement::getText).toList();
    }

    private static JsonNode cardNamed(JsonNode map, String text) {
        for (JsonNode card : map.get("cards")) {
            if (card.get("text").asText().equals(text)) {
                return card;
            }
        }
        throw new AssertionError("no card " + text);
    }
}
