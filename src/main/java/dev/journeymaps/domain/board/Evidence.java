package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Research behind a pain point or opportunity. A card with no validated evidence is an assumption. Evidence belongs to
 * one card; {@code mapId} is denormalised so a whole map's evidence loads in one query.
 */
public record Evidence(long id, long mapId, long cardId, Content content) {

    /**
     * What a piece of evidence says: its type, whether it is quantitative (how many) or qualitative (why),
     * how many customers it concerns (optional), a source link (http or https only), a quote and a date, and whether
     * it is only an assumption (a belief written down, not yet validated) — evidence is validated unless said so.
     */
    public record Content(EvidenceType type, boolean quantitative, Integer customersAffected, String sourceUrl,
                          String quote, LocalDate date, boolean assumption) {
        /** Research dates: four-digit years, and none before calendars and time zones settled (older days shift). */
        public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
        public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

        public Content {
            sourceUrl = Text.orEmpty(sourceUrl);
            quote = Text.orEmpty(quote);
        }

        /** Validated evidence (what every piece was before the assumption switch existed). */
        public Content(EvidenceType type, boolean quantitative, Integer customersAffected, String sourceUrl,
                       String quote, LocalDate date) {
            this(type, quantitative, customersAffected, sourceUrl, quote, date, false);
        }

        /** Whether it backs its card: validated research does, an assumption does not. */
        public boolean validatedEvidence() {
            return !assumption;
        }

        public Content validated() {
            new Violations()
                    .notNull("type", type, "Choose where the evidence comes from: interview, survey, analytics, support-ticket, usability-test or other.")
                    .check(customersAffected == null || customersAffected >= 0, "customersAffected",
                            "The number of customers affected cannot be negative.")
                    .maxLength("sourceUrl", sourceUrl, Limits.EVIDENCE_URL)
                    .check(sourceUrl.isEmpty() || isWebLink(sourceUrl), "sourceUrl",
                            "The source link must be an http or https address.")
                    .maxLength("quote", quote, Limits.EVIDENCE_QUOTE)
                    .check(date == null || !(date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)), "date",
                            "Give a date from " + FIRST_DAY + " to " + LAST_DAY + ".")
                    .throwIfAny();
            return this;
        }

        /** Only absolute http(s) links with a host: a {@code javascript:} or {@code data:} link could run script. */
        static boolean isWebLink(String value) {
            if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
