package dev.journeymaps.standalone.browser;

import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 2: "Projects" (top bar and breadcrumb) leads to a project picker listing the projects with maps;
 * any project opens by key (in any case) and gets "Create map"; project keys in URLs are case-insensitive.
 */
class ProjectPickerBrowserIT extends PageTest {

    @Test
    void projectsInTheTopBarAndBreadcrumbLeadToThePickerWhichOpensAnyProjectToCreateAMap() {
        long id = createMap("ALPHA", "Checkout", "current-state").get("id").asLong();
        createMap("ALPHA", "Returns", "current-state");
        createMap("BETA", "Onboarding", "current-state");

        open(PAGES + "/map/" + id);
        reloadAfter(() -> driver.findElement(By.cssSelector(".aui-nav-breadcrumbs a")).click());
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/projects");
        assertThat(driver.getTitle()).isEqualTo("Projects");
        assertThat(driver.findElements(By.cssSelector(".jm-project")).stream().map(e -> e.getText().replaceAll("\\s+", " ")))
                .containsExactly("ALPHA 2 maps", "BETA 1 map");
        Accessibility.assertNoModerateOrWorseViolations(driver, "project picker");
        screenshot("04-project-picker");

        open(PAGES + "/project/ALPHA");
        reloadAfter(() -> driver.findElement(By.cssSelector("#header .aui-nav a")).click());
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/projects");

        WebElement key = byId("jm-project-key");
        reloadAfter(() -> {
            key.sendKeys("newp");
            key.sendKeys(Keys.ENTER);
        });
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/project/NEWP");
        assertThat(driver.findElement(By.cssSelector(".jm-empty h2")).getText()).isEqualTo("No journey maps yet");
        byId("jm-create-map-button").click();
        WebElement title = until(d -> d.findElement(By.id("jm-map-title")).isDisplayed() ? d.findElement(By.id("jm-map-title")) : null);
        reloadAfter(() -> {
            title.sendKeys("First map of a new project");
            byId("jm-create-map-submit").click();
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("First map of a new project");
    }

    @Test
    void lowerCaseProjectKeysInAddressesLeadToTheProject() {
        createMap("GAMMA", "Support", "current-state");
        open(PAGES + "/project/gamma");
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/project/GAMMA");
        assertThat(driver.findElements(By.cssSelector(".jm-map-link")).stream().map(WebElement::getText)).containsExactly("Support");
        open(PAGES + "/project/gamma/priorities");
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/project/GAMMA/priorities");
        assertThat(driver.findElements(By.tagName("h1"))).isNotEmpty();
    }
}
