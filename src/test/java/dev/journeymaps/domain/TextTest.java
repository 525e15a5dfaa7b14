package dev.journeymaps.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text is Unicode scalar values without NUL; lengths count characters as people do. */
class TextTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void anEmojiIsOneCharacterInLengthsLimitsAndMessages() {
        assertThat(Text.length(EMOJI.repeat(120))).isEqualTo(120);
        new Violations().maxLength("name", EMOJI.repeat(120), 120).throwIfAny();

        assertThatThrownBy(() -> new Violations().maxLength("name", EMOJI.repeat(121), 120).throwIfAny())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "Must be at most 120 characters (it has 121)."));
    }

    @Test
    void cuttingTextNeverSplitsACharacter() {
        assertThat(Text.cut("ab" + EMOJI + "c", 3)).isEqualTo("ab" + EMOJI);
        assertThat(Text.cut("abc", 5)).isEqualTo("abc");
    }

    @Test
    void nulAndLoneSurrogatesAreNamedProblemsAndPairedSurrogatesAreNot() {
        assertThat(Text.problem("Plain, with tabs\tand\nnew lines, é and " + EMOJI)).isNull();
        assertThat(Text.problem("a\u0000b")).contains("NUL");
        assertThat(Text.problem("a\uD800b")).contains("unpaired");
        assertThat(Text.problem("\uDC00")).contains("unpaired");
        assertThat(Text.problem(EMOJI.substring(0, 1))).contains("unpaired");

        assertThatThrownBy(() -> new Violations().required("text", "x\u0000", 10).throwIfAny())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("text"));
    }
}
