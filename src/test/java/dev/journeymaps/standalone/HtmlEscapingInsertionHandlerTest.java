package dev.journeymaps.standalone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlEscapingInsertionHandlerTest {
    private final HtmlEscapingInsertionHandler handler = new HtmlEscapingInsertionHandler();

    @Test
    void referencesWhoseLastNameEndsInHtmlAreTrusted() {
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$headHtml")).isTrue();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$!{page.summaryHtml()}")).isTrue();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$page.getSummaryHtml()")).isTrue();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$x.render(\"aHtml\").title()")).isFalse();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$i18n.getText(\"journeymaps.cardHtml\")")).isFalse();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$page.html()")).isFalse();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafeName("$title")).isFalse();
    }

    @Test
    void everythingElseIsEscapedForContentAndQuotedAttributes() {
        assertThat(handler.referenceInsert(null, "$card.text()", "<a href='x'>\"Tom & Jerry\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;");
        assertThat(handler.referenceInsert(null, "$headHtml", "<link>")).isEqualTo("<link>");
        assertThat(handler.referenceInsert(null, "$count", 3)).isEqualTo("3");
        assertThat(handler.referenceInsert(null, "$missing", null)).isNull();
    }
}
