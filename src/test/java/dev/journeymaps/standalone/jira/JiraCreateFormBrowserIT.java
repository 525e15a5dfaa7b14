package dev.journeymaps.standalone.jira;

import dev.journeymaps.standalone.FakeJiraServer;
import dev.journeymaps.standalone.JiraBrowser;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.testing.Accessibility;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side panel's "Create in Jira" form in headless Chromium against the stand-in Data Center Jira (issue 11, point 2):
 * signed in through the sign-in form, on a map of project SEC (whose createmeta has Epic and Task, no Story), the form
 * offers exactly the project's types as Jira lists them, and creating a Task sends that type's id.
 */
class JiraCreateFormBrowserIT {
    private static final String PAIN = "Checkout asks for an account";

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private WebDriver driver;

    @AfterEach
    void stop() {
        try {
            if (driver != null) {
                assertThat(HeadlessChromium.browserErrors(driver)).as("errors in the browser console").isEmpty();
            }
        } finally {
            if (driver != null) {
                driver.quit();
            }
            if (server != null) {
                server.close();
            }
            jira.close();
        }
    }

    @Test
    void theCreateFormOffersTheProjectsIssueTypesFromJira() {
        WebDriverWait wait = openCardAs("alice", "SEC");
        wait.until(d -> d.findElement(By.id("jm-create-issue")).isDisplayed());
        wait.until(d -> "jira".equals(d.findElement(By.id("jm-create-type")).getAttribute("data-source")));

        Select types = new Select(driver.findElement(By.id("jm-create-type")));
        List<String> offered = types.getOptions().stream().map(WebElement::getText).toList();
        assertThat(offered).as("SEC's types, as Jira lists them (no Story)").containsExactly("Epic", "Task");
        assertThat(types.getOptions().get(0).getAttribute("data-epic")).isEqualTo("true");
        assertThat(driver.findElement(By.id("jm-create-type-status")).getText()).isEmpty();

        types.selectByVisibleText("Task");
        driver.findElement(By.cssSelector("#jm-create-issue button[type=submit]")).click();
        wait.until(d -> !jira.created.isEmpty());
        assertThat(jira.created.values().iterator().next().path("fields").path("issuetype").path("id").asText())
                .as("Task's id in SEC").isEqualTo("10002");
        wait.until(d -> !card().findElements(By.cssSelector(".jm-work-issue")).isEmpty());
    }

    @Test
    void anEditorWhoMayNotCreateIssuesIsToldSoInsteadOfAForm() {
        // Carol may browse and edit SHOP (her map work) but Jira does not let her create its issues.
        WebDriverWait wait = openCardAs("carol", "SHOP");

        wait.until(d -> d.findElement(By.id("jm-create-none")).isDisplayed());
        assertThat(driver.findElement(By.id("jm-create-issue")).isDisplayed()).as("no create form for Carol").isFalse();
        assertThat(driver.findElement(By.id("jm-create-none")).getText()).contains("cannot create issues");
        assertThat(driver.findElement(By.id("jm-issue-search")).isDisplayed()).as("she may still link issues").isTrue();
        Accessibility.assertNoModerateOrWorseViolations(driver, "side panel of an editor who may not create issues");
    }

    /** Alice makes a map in {@code project} with the pain point; {@code user} signs in through the browser and opens its card. */
    private WebDriverWait openCardAs(String user, String project) {
        jira = new FakeJiraServer(FakeJiraServer.Flavour.DATA_CENTER);
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        long mapId = alice.mapInProjectLinkedTo(project)[0];
        driver = HeadlessChromium.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(server.baseUrl() + "/login.jsp?os_destination=" + java.net.URLEncoder.encode(
                "/plugins/servlet/journeymaps/map/" + mapId, java.nio.charset.StandardCharsets.UTF_8));
        driver.findElement(By.id("jm-password")).sendKeys(jira.credentials(user)[1]);
        driver.findElement(By.cssSelector("form[method=post] button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".jm-card")).isEmpty());
        card().click();
        return wait;
    }

    private WebElement card() {
        return driver.findElements(By.cssSelector(".jm-card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".jm-card-text")).getText().equals(PAIN))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + PAIN));
    }
}
