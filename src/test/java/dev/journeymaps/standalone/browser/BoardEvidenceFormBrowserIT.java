package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, point 9: the evidence form fits its panel: its legend inside, the date field wide enough to read. */
class BoardEvidenceFormBrowserIT extends BoardBrowserTest {

    @Test
    void theKindOfEvidenceLegendAndTheDateFieldFitTheSidePanel() {
        openMap("");
        driver.findElements(By.cssSelector(".jm-kind-pain-points .jm-card")).get(0).click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        js("document.getElementById('jm-evidence-form').scrollIntoView()");

        Rectangle body = driver.findElement(By.cssSelector(".jm-panel-body")).getRect();
        WebElement legend = driver.findElement(By.cssSelector(".jm-evidence-kind legend"));
        Rectangle box = legend.getRect();
        assertThat(legend.getText()).isEqualTo("Kind of evidence");
        assertThat(box.getX()).as("the legend starts inside the panel").isGreaterThanOrEqualTo(body.getX());
        assertThat(box.getX() + box.getWidth()).as("and ends inside it").isLessThanOrEqualTo(body.getX() + body.getWidth());
        WebElement firstRadio = driver.findElement(By.cssSelector(".jm-evidence-kind input[type=radio]"));
        assertThat(firstRadio.getRect().getY()).as("the choices sit under their heading").isGreaterThan(box.getY());

        WebElement date = driver.findElement(By.id("jm-evidence-date"));
        assertThat(date.getRect().getWidth()).as("room for mm/dd/yyyy and the picker").isGreaterThanOrEqualTo(150);
        assertAccessible("side panel, evidence form");
    }
}
