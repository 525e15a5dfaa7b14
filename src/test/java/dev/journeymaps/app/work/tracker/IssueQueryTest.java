package dev.journeymaps.app.work.tracker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABC-123", "abc-1", " HSP_2-40 "})
    void somethingShapedLikeAnIssueKeyIsAKeyQuery(String typed) {
        assertThat(IssueQuery.typed(typed).kind()).isEqualTo(IssueQuery.Kind.KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout", "ABC-", "ABC-0", "123-4", "ABC-12 slow", "ABC 12"})
    void anythingElseTypedIsAText(String typed) {
        assertThat(IssueQuery.typed(typed).kind()).isEqualTo(IssueQuery.Kind.TEXT);
    }

    @Test
    void keyQueriesAreUpperCasedAndQuoted() {
        assertThat(IssueQuery.typed("abc-7").toJql()).isEqualTo("key = \"ABC-7\"");
    }

    @Test
    void textIsAQuotedJqlStringWithQuotesAndBackslashesEscaped() {
        assertThat(IssueQuery.quoted("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
        assertThat(IssueQuery.typed("it's \"slow\"").toJql()).isEqualTo("text ~ \"it's \\\"slow\\\"\" ORDER BY updated DESC");
    }

    @Test
    void aBackslashBeforeAQuoteCannotCloseTheString() {
        assertThat(IssueQuery.quoted("x\\\" OR project = SECRET")).isEqualTo("\"x\\\\\\\" OR project = SECRET\"");
    }

    @Test
    void anEmptyQueryIsRefused() {
        assertThatThrownBy(() -> IssueQuery.typed("   ")).isInstanceOf(IllegalArgumentException.class);
    }
}
