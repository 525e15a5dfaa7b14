package dev.journeymaps.standalone;

import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test class: one standalone server (with the demo, unless the class says {@link WithoutDemo}) and one
 * headless Chromium, started before the class's own {@code @BeforeAll} methods and stopped after its tests.
 * Test classes run one after another, so the fields are the running class's.
 */
abstract class BrowserTest {
    static RunningServer server;
    static WebDriver driver;
    static Browser browser;

    /** The class's server starts empty: the test builds what it needs. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface WithoutDemo {
    }

    @BeforeAll
    static void startServerAndBrowser(TestInfo test) {
        server = RunningServer.start(!test.getTestClass().orElseThrow().isAnnotationPresent(WithoutDemo.class));
        driver = HeadlessChromium.start();
        browser = new Browser(driver);
    }

    /** A script error on any page a test opened fails that test: the pages must run clean. */
    @AfterEach
    void noScriptErrors() {
        assertThat(HeadlessChromium.browserErrors(driver)).as("errors in the browser console").isEmpty();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        browser = null;
    }
}
