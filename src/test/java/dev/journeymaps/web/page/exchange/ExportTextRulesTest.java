package dev.journeymaps.web.page.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text rules of the exports: XML escaping, formula neutralising in CSV, and line wrapping that loses no character. */
class ExportTextRulesTest {

    @Test
    void xmlEscapesTheFiveSpecialCharactersAndReplacesWhatXmlCannotCarry() {
        assertThat(Xml.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Xml.escape("bell\u0007 tab\t nl\n \uFFFE")).isEqualTo("bell\uFFFD tab\t nl\n \uFFFD");
        assertThat(Xml.escape("lone \uD800 pair \uD83D\uDE00")).isEqualTo("lone \uFFFD pair \uD83D\uDE00");
        assertThat(Xml.escape(null)).isEmpty();
    }

    @Test
    void csvNeutralisesEveryFormulaStartAndNothingElse() {
        for (String formula : new String[] {"=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvSheet.neutralised(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvSheet.neutralised("Setup takes a week")).isEqualTo("Setup takes a week");
        assertThat(CsvSheet.neutralised("a=b")).isEqualTo("a=b");
        assertThat(CsvSheet.neutralised("")).isEmpty();
    }

    @Test
    void wrappingKeepsEveryCharacterAndRespectsTheWidth() {
        String text = "Customers wait for the admin to finish setting things up before anyone can log in at all "
                + "supercalifragilisticexpialidociousandthensomemoreletters\nsecond paragraph";
        var lines = SvgWriter.wrap(text, 20);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", "").replace("\n", ""));
        assertThat(SvgWriter.wrap("", 20)).containsExactly("");
    }
}
