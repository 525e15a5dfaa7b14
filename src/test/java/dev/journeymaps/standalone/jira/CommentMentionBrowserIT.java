package dev.journeymaps.standalone.jira;

import com.deque.html.axecore.selenium.AxeBuilder;
import dev.journeymaps.standalone.FakeJiraServer;
import dev.journeymaps.standalone.JiraBrowser;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments with @mentions in two headless Chromium sessions against the stand-in Data Center Jira (issue 15, point 4,
 * "a comment with an @mention appears for the mentioned user"): alice types "@bo" in the card's comment box, picks Bob
 * from the listbox with the keyboard and comments (hostile text included); bob, signed in in his own browser, finds it
 * under "For you" on the project page, and its link opens the map with the card's side panel showing the comment.
 * axe (critical, serious, moderate) on the side panel with comments and on the project page with the list.
 */
class CommentMentionBrowserIT {
    private static final String PAIN = "Checkout asks for an account";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final List<String> BAR = List.of("critical", "serious", "moderate");

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private WebDriver alice;
    private WebDriver bob;

    @AfterEach
    void stop() {
        try {
            if (alice != null) {
                assertThat(HeadlessChromium.browserErrors(alice)).as("errors in alice's browser console").isEmpty();
            }
            if (bob != null) {
                // Bob may not create issues: his side panel says so without a failed request.
                assertThat(HeadlessChromium.browserErrors(bob)).as("errors in bob's browser console").isEmpty();
            }
        } finally {
            for (WebDriver driver : new WebDriver[]{alice, bob}) {
                if (driver != null) {
                    driver.quit();
                }
            }
            if (server != null) {
                server.close();
            }
            jira.close();
        }
    }

    @Test
    void aCommentMentioningBobIsForBobAndItsLinkOpensTheCardWithTheComment() {
        jira = new FakeJiraServer(FakeJiraServer.Flavour.DATA_CENTER);
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        JiraBrowser setUp = new JiraBrowser(server);
        setUp.signIn(jira, "alice");
        long mapId = setUp.mapWithPainPointLinkedTo()[0];

        alice = signedIn("alice", "/plugins/servlet/journeymaps/map/" + mapId);
        WebDriverWait wait = waiting(alice);
        wait.until(d -> !d.findElements(By.cssSelector(".jm-card")).isEmpty());
        card(alice).click();
        wait.until(d -> d.findElement(By.id("jm-comment-form")).isDisplayed());
        assertThat(alice.findElement(By.id("jm-comments-empty")).isDisplayed()).isTrue();

        WebElement box = alice.findElement(By.id("jm-comment-text"));
        box.sendKeys("Please look, @bo");
        wait.until(d -> d.findElements(By.cssSelector("#jm-mention-results [role=option]")).stream()
                .anyMatch(option -> option.getText().equals("Bob Browser")));
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("jm-mention-option-0");
        box.sendKeys(Keys.ENTER);
        assertThat(box.getAttribute("value")).isEqualTo("Please look, @Bob Browser ");
        box.sendKeys("this needs you " + HOSTILE);
        alice.findElement(By.id("jm-comment-submit")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#jm-comment-list .jm-comment")).isEmpty());
        WebElement comment = alice.findElement(By.cssSelector("#jm-comment-list .jm-comment"));
        assertThat(comment.findElement(By.cssSelector(".jm-mention")).getText()).isEqualTo("@Bob Browser");
        assertThat(comment.findElement(By.cssSelector(".jm-comment-text")).getText())
                .isEqualTo("Please look, @Bob Browser this needs you " + HOSTILE);
        assertThat(comment.findElements(By.cssSelector("img"))).as("hostile text stays text").isEmpty();
        assertThat(comment.findElements(By.cssSelector(".jm-comment-edit, .jm-comment-delete"))).hasSize(2);
        assertNoViolations(alice, "side panel with a comment");
        // Deleting the card says its comment goes too (and Undo brings it back, see the end); cancelling keeps it.
        ((org.openqa.selenium.JavascriptExecutor) alice).executeScript("arguments[0].click()",
                alice.findElement(By.id("jm-delete-card"))); // the "comment added" flag may cover the button
        WebElement dialog = wait.until(d -> d.findElement(By.id("jm-confirm-dialog")).isDisplayed()
                ? d.findElement(By.id("jm-confirm-dialog")) : null);
        assertThat(dialog.getText()).contains("its comments (1)", "undo").doesNotContain("does not bring back");
        ((org.openqa.selenium.JavascriptExecutor) alice).executeScript("arguments[0].click()",
                alice.findElement(By.id("jm-confirm-cancel")));
        wait.until(d -> !d.findElement(By.id("jm-confirm-dialog")).isDisplayed());

        bob = signedIn("bob", "/plugins/servlet/journeymaps/project/SHOP");
        WebDriverWait bobWaits = waiting(bob);
        bobWaits.until(d -> !d.findElements(By.id("jm-for-you")).isEmpty());
        WebElement forYou = bob.findElement(By.id("jm-for-you"));
        assertThat(forYou.getText()).contains("For you", PAIN, "Alice Editor",
                "Please look, @Bob Browser this needs you " + HOSTILE);
        assertThat(forYou.findElement(By.cssSelector(".aui-lozenge")).getText()).isEqualToIgnoringCase("Mentions you");
        assertThat(forYou.findElements(By.cssSelector("img"))).isEmpty();
        assertNoViolations(bob, "project page with For you");

        forYou.findElement(By.cssSelector(".jm-for-you-link")).click();
        bobWaits.until(d -> d.getCurrentUrl().contains("/map/" + mapId));
        bobWaits.until(d -> d.findElement(By.id("jm-panel")).isDisplayed()
                && !d.findElements(By.cssSelector("#jm-comment-list .jm-comment")).isEmpty());
        assertThat(bob.findElement(By.id("jm-panel-heading")).getText()).contains(PAIN);
        assertThat(bob.findElement(By.cssSelector("#jm-comment-list .jm-comment-text")).getText()).startsWith("Please look, @Bob Browser");
        assertThat(bob.findElement(By.id("jm-comment-form")).isDisplayed()).as("bob only browses SHOP").isFalse();
        assertThat(bob.findElements(By.cssSelector(".jm-comment-edit"))).as("not his comment").isEmpty();

        bob.navigate().back();
        bobWaits.until(d -> !d.findElements(By.cssSelector(".jm-for-you-dismiss")).isEmpty());
        bob.findElement(By.cssSelector(".jm-for-you-dismiss")).click();
        bobWaits.until(d -> d.findElements(By.cssSelector(".jm-for-you-item")).isEmpty());
        bob.navigate().refresh();
        bobWaits.until(d -> !d.findElements(By.id("jm-main")).isEmpty());
        assertThat(bob.findElements(By.id("jm-for-you"))).as("dismissed for good").isEmpty();

        // Alice deletes the card for real and takes it back: the card returns with its comment, as she wrote it.
        ((org.openqa.selenium.JavascriptExecutor) alice).executeScript("arguments[0].click()",
                alice.findElement(By.id("jm-delete-card")));
        wait.until(d -> d.findElement(By.id("jm-confirm-dialog")).isDisplayed());
        ((org.openqa.selenium.JavascriptExecutor) alice).executeScript("arguments[0].click()",
                alice.findElement(By.id("jm-confirm-ok")));
        wait.until(d -> d.findElements(By.cssSelector(".jm-card .jm-card-text")).stream().noneMatch(t -> t.getText().equals(PAIN)));
        WebElement undo = wait.until(d -> d.findElement(By.cssSelector(".aui-flag .jm-undo")));
        ((org.openqa.selenium.JavascriptExecutor) alice).executeScript("arguments[0].click()", undo);
        wait.until(d -> d.findElements(By.cssSelector(".jm-card .jm-card-text")).stream().anyMatch(t -> t.getText().equals(PAIN)));
        ((org.openqa.selenium.JavascriptExecutor) alice).executeScript("arguments[0].click()", card(alice));
        wait.until(d -> d.findElement(By.id("jm-panel")).isDisplayed()
                && d.findElements(By.cssSelector("#jm-comment-list .jm-comment-text")).stream()
                .anyMatch(t -> t.getText().equals("Please look, @Bob Browser this needs you " + HOSTILE)));
        assertThat(alice.findElements(By.cssSelector("#jm-comment-list .jm-comment"))).as("the comment is back, once").hasSize(1);
        assertThat(alice.findElements(By.cssSelector("#jm-comment-list .jm-comment-edit"))).as("still alice's own").hasSize(1);
    }

    private WebDriver signedIn(String user, String destination) {
        WebDriver driver = HeadlessChromium.start();
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(server.baseUrl() + "/login.jsp?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        driver.findElement(By.id("jm-password")).sendKeys(jira.credentials(user)[1]);
        driver.findElement(By.cssSelector("form[method=post] button[type=submit]")).click();
        waiting(driver).until(d -> d.getCurrentUrl().contains(destination));
        return driver;
    }

    private static WebDriverWait waiting(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement card(WebDriver driver) {
        return driver.findElements(By.cssSelector(".jm-card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".jm-card-text")).getText().equals(PAIN))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + PAIN));
    }

    private static void assertNoViolations(WebDriver driver, String page) {
        List<String> found = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BAR.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                        + rule.getNodes().stream().limit(3).map(node -> node.getTarget().toString()).toList())
                .toList();
        assertThat(found).as(page).isEmpty();
    }
}
