package dev.journeymaps.domain.board;

/**
 * What backs a pain point or opportunity: how many pieces of evidence, how many of them are validated (not marked as
 * assumptions), how many of the validated ones are quantitative, and how many customers they say are affected (null
 * when no evidence counts them).
 *
 * <p>Customers affected is the largest count any one piece reports, not the sum: two studies of the same
 * customers would otherwise count them twice.
 */
public record EvidenceStrength(int items, int validatedItems, int quantitativeItems, Integer customersAffected) {

    public static final EvidenceStrength NONE = new EvidenceStrength(0, 0, null);

    public EvidenceStrength {
        if (quantitativeItems < 0 || quantitativeItems > validatedItems || validatedItems > items) {
            throw new IllegalArgumentException("Evidence counts must be 0 ≤ quantitative ≤ validated ≤ items, not "
                    + quantitativeItems + " ≤ " + validatedItems + " ≤ " + items);
        }
        if (customersAffected != null && customersAffected < 0) {
            throw new IllegalArgumentException("Customers affected cannot be negative");
        }
    }

    /** Evidence that is all validated: {@code items} pieces, {@code quantitativeItems} of them quantitative. */
    public EvidenceStrength(int items, int quantitativeItems, Integer customersAffected) {
        this(items, items, quantitativeItems, customersAffected);
    }

    /** The strength of a card's evidence list: only validated pieces can make it quantitative. */
    public static EvidenceStrength of(java.util.List<Evidence> evidence) {
        int validated = (int) evidence.stream().filter(e -> e.content().validatedEvidence()).count();
        int quantitative = (int) evidence.stream().filter(e -> e.content().validatedEvidence() && e.content().quantitative()).count();
        Integer customers = evidence.stream().map(e -> e.content().customersAffected())
                .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        return new EvidenceStrength(evidence.size(), validated, quantitative, customers);
    }

    /** A card with no validated evidence (none at all, or only pieces marked as assumptions) is an assumption. */
    public boolean isAssumption() {
        return validatedItems == 0;
    }
}
