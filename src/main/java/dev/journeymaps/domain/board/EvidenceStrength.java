package dev.journeymaps.domain.board;

/**
 * What backs a pain point or opportunity: how many pieces of evidence, how many of them quantitative,
 * and how many customers they say are affected (null when no evidence counts them).
 *
 * <p>Customers affected is the largest count any one piece reports, not the sum: two studies of the same
 * customers would otherwise count them twice.
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

    /** The strength of a card's evidence list. */
    public static EvidenceStrength of(java.util.List<Evidence> evidence) {
        int quantitative = (int) evidence.stream().filter(e -> e.content().quantitative()).count();
        Integer customers = evidence.stream().map(e -> e.content().customersAffected())
                .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        return new EvidenceStrength(evidence.size(), quantitative, customers);
    }

    /** A card with no evidence at all is an assumption. */
    public boolean isAssumption() {
        return items == 0;
    }
}
