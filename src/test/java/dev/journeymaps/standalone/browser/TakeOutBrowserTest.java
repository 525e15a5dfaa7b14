package dev.journeymaps.standalone.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of issue 16's browser tests on the demo map (exports, presentation, print, Copy link): Chrome DevTools commands
 * and the few look-ups they share.
 */
abstract class TakeOutBrowserTest extends BoardBrowserTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((HasCdp) driver).executeCdpCommand(command, parameters);
    }

    static WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    static WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** The demo map's stage names, in order, from the REST API. */
    static List<String> stageNames() {
        List<String> names = new ArrayList<>();
        server.json(API + "/maps/" + mapId).get("stages").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).as("the demo map's stages").hasSizeGreaterThanOrEqualTo(5);
        return names;
    }
}
