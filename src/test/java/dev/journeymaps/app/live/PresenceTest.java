package dev.journeymaps.app.live;

import dev.journeymaps.app.Actor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who else has a map open: one entry per other user, the card they edit, gone when they leave or fall silent. */
class PresenceTest {
    private static final Actor ALICE = new Actor("alice", "Alice Editor");
    private static final Actor BOB = new Actor("bob", "Bob Viewer");

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Presence presence = new Presence(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, Duration.ofSeconds(40));

    @Test
    void eachUserSeesTheOthersWithTheCardTheyEditAndNewsChangesTheToken() {
        List<Long> told = new ArrayList<>();
        presence.onChange(told::add);
        String empty = presence.token(1);
        presence.seen(1, "tab-a", ALICE);
        presence.seen(1, "tab-b", BOB);
        String two = presence.token(1);

        presence.editing(1, "tab-a", ALICE, 42L);

        assertThat(two).isNotEqualTo(empty);
        assertThat(presence.token(1)).isNotEqualTo(two);
        assertThat(presence.others(1, BOB)).containsExactly(new Viewer("alice", "Alice Editor", 42L));
        assertThat(presence.others(1, ALICE)).containsExactly(new Viewer("bob", "Bob Viewer", null));
        assertThat(presence.others(2, ALICE)).isEmpty();
        assertThat(told).containsExactly(1L, 1L, 1L);

        String before = presence.token(1);
        presence.seen(1, "tab-a", ALICE);
        assertThat(presence.token(1)).as("a heartbeat is no news").isEqualTo(before);
        assertThat(presence.others(1, BOB)).containsExactly(new Viewer("alice", "Alice Editor", 42L));
    }

    @Test
    void twoTabsOfOneUserAreOneAvatarAndAPageThatLeftOrFellSilentIsGone() {
        presence.seen(1, "tab-a", ALICE);
        presence.seen(1, "tab-a2", ALICE);
        presence.seen(1, "tab-b", BOB);
        assertThat(presence.others(1, BOB)).hasSize(1);

        presence.left(1, "tab-a");
        presence.left(1, "tab-a2");
        assertThat(presence.others(1, BOB)).isEmpty();

        presence.seen(1, "tab-a", ALICE);
        now = now.plusSeconds(30);
        presence.seen(1, "tab-b", BOB);
        now = now.plusSeconds(15);
        presence.expire();

        assertThat(presence.others(1, BOB)).as("Alice's page was last heard of 45 s ago").isEmpty();
        assertThat(presence.others(1, ALICE)).extracting(Viewer::userKey).containsExactly("bob");
    }
}
