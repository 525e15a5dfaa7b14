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
}
