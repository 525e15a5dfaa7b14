package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Boards;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelSwitchesTest {

    @Test
    void aTouchpointOnAnotherChannelThanTheOneBeforeItInJourneyOrderIsASwitch() {
        Boards boards = new Boards(3, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS);
        long web = boards.card(0, 0, null, Channel.WEB);
        long sameWeb = boards.card(0, 0, null, Channel.WEB);
        long phone = boards.card(0, 1, null, Channel.PHONE);
        long unset = boards.card(0, 1, null, null);
        long email = boards.card(0, 2, null, Channel.EMAIL);

        ChannelSwitches switches = boards.board().channelSwitches();

        assertThat(switches.switchedFrom(web)).isEmpty();
        assertThat(switches.switchedFrom(sameWeb)).isEmpty();
        assertThat(switches.switchedFrom(phone)).contains(Channel.WEB);
        assertThat(switches.switchedFrom(unset)).isEmpty();
        assertThat(switches.switchedFrom(email)).contains(Channel.PHONE);
        assertThat(switches.count()).isEqualTo(2);
    }
}
