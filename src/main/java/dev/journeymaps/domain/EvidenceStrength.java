package dev.journeymaps.domain;

/**
 * What backs a pain point or opportunity: how many pieces of evidence, how many of them quantitative,
 * and how many customers they say are affected (null when no evidence counts them).
 *
 * <p>Seam: the evidence itself is the editor's (interviews, surveys, analytics …). Until it lands every
 * card is fed {@link #NONE}, i.e. an assumption.
 */
public record EvidenceStrength(int items, int quantitativeItems, Integer customersAffected) {

    public static final EvidenceStrength NONE = new EvidenceStrength(0, 0, null);

    public EvidenceStrength {
        if (items < 0 || quantitativeItems < 0 || quantitativeItems > items) {
            throw new IllegalArgumentException("Evidence counts must be 0 ≤ quantitative ≤ items, not "
                    + quantitativeItems + " of " + items);
        }
        if (customersAffected != null && customersAffected < 0) {
            throw new IllegalArgumentException("Customers affected cannot be negative");
        }
    }

    /** A card with no evidence at all is an assumption. */
    public boolean isAssumption() {
        return items == 0;
    }
}
