package dev.journeymaps.standalone.browser;

import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 6: a failed Create says what is wrong next to the field, in words, keeps the focus on that field
 * and speaks no field names ("title: …"); the dialog's persona choice points to the field that follows it.
 */
class ErrorsInWordsBrowserIT extends PageTest {

    @Test
    void aFailedCreateShowsTheErrorNextToTheFieldAndKeepsTheFocusThere() {
        open(PAGES + "/project/ERRS");
        byId("jm-create-map-button").click();
        WebElement title = until(d -> d.findElement(By.id("jm-map-title")).isDisplayed() ? d.findElement(By.id("jm-map-title")) : null);
        assertThat(driver.findElement(By.cssSelector("#jm-map-persona-id option[value='']")).getText()).doesNotContain("above");
        expectedRefusal = "400";
        byId("jm-create-map-submit").click();
        WebElement error = until(d -> d.findElement(By.cssSelector(".error[data-field='title']")).getText().isEmpty() ? null
                : d.findElement(By.cssSelector(".error[data-field='title']")));
        assertThat(error.getText()).isEqualTo("This field is required.");
        assertThat(driver.switchTo().activeElement()).isEqualTo(title);
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("#jm-create-map-dialog .jm-form-messages")).getText()).doesNotContain("title:");
        Accessibility.assertNoModerateOrWorseViolations(driver, "create dialog with an error");
        screenshot("08-create-error");
    }

    @Test
    void aFieldErrorFromTheServerIsNamedByTheFieldsLabel() {
        open(PAGES + "/project/ERRS");
        Object text = js("return JourneyMaps.notify.linesOf({status: 400, errorMessages: [], errors: {sourceUrl: 'Not a web address.', title: 'Too long.'}}).join('|')");
        assertThat(text).isEqualTo("Source url: Not a web address.|Title: Too long.");
    }
}
