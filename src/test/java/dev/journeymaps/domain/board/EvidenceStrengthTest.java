package dev.journeymaps.domain.board;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceStrengthTest {

    private static Evidence evidence(boolean quantitative, Integer customers) {
        return new Evidence(1, 1, 7, new Evidence.Content(quantitative ? EvidenceType.ANALYTICS : EvidenceType.INTERVIEW,
                quantitative, customers, "", "", null));
    }

    @Test
    void noEvidenceIsAnAssumption() {
        assertThat(EvidenceStrength.of(List.of())).isEqualTo(EvidenceStrength.NONE);
        assertThat(EvidenceStrength.of(List.of()).isAssumption()).isTrue();
    }

    @Test
    void quantitativePiecesAreCountedAndCustomersAffectedIsTheLargestCountNotTheSum() {
        EvidenceStrength strength = EvidenceStrength.of(List.of(evidence(false, 12), evidence(true, 340), evidence(true, null)));

        assertThat(strength).isEqualTo(new EvidenceStrength(3, 2, 340));
        assertThat(strength.isAssumption()).isFalse();
    }

    @Test
    void evidenceWithoutCountsLeavesCustomersAffectedUnknown() {
        assertThat(EvidenceStrength.of(List.of(evidence(false, null))).customersAffected()).isNull();
    }

    @Test
    void piecesMarkedAsAssumptionsDoNotBackTheCardNorMakeItQuantitative() {
        Evidence hunch = new Evidence(2, 1, 7, new Evidence.Content(EvidenceType.ANALYTICS, true, 500, "", "", null, true));

        EvidenceStrength onlyHunches = EvidenceStrength.of(List.of(hunch));
        assertThat(onlyHunches).isEqualTo(new EvidenceStrength(1, 0, 0, 500));
        assertThat(onlyHunches.isAssumption()).isTrue();
        assertThat(dev.journeymaps.domain.stewardship.Confidence.of(onlyHunches))
                .isEqualTo(dev.journeymaps.domain.stewardship.Confidence.LOW);

        EvidenceStrength withInterview = EvidenceStrength.of(List.of(hunch, evidence(false, null)));
        assertThat(withInterview).isEqualTo(new EvidenceStrength(2, 1, 0, 500));
        assertThat(withInterview.isAssumption()).isFalse();
        assertThat(dev.journeymaps.domain.stewardship.Confidence.of(withInterview))
                .as("the quantitative piece is an assumption: qualitative confidence")
                .isEqualTo(dev.journeymaps.domain.stewardship.Confidence.MEDIUM);
    }
}
