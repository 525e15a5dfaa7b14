package dev.journeymaps.store.board;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A piece of evidence behind a card. {@code MAP_ID} is denormalised so a map's evidence loads in one query.
 * {@code TYPE} is the {@code EvidenceType} name; {@code EVIDENCE_DATE} is the day at UTC midnight.
 */
@Preload
@Table("EVIDENCE")
public interface EvidenceEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String CARD_ID = "CARD_ID";
    String TYPE = "TYPE";
    String QUANTITATIVE = "QUANTITATIVE";
    String CUSTOMERS_AFFECTED = "CUSTOMERS_AFFECTED";
    String SOURCE_URL = "SOURCE_URL";
    String QUOTE = "QUOTE";
    String EVIDENCE_DATE = "EVIDENCE_DATE";
    /** When it was added to the map (null for evidence added before this column existed). */
    String CREATED_AT = "CREATED_AT";
    /** True when the piece is only an assumption; null (rows from before this column) and false mean validated. */
    String ASSUMPTION = "ASSUMPTION";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @Indexed
    long getCardId();

    void setCardId(long cardId);

    @NotNull
    @StringLength(40)
    String getType();

    void setType(String type);

    Boolean getQuantitative();

    void setQuantitative(Boolean quantitative);

    Integer getCustomersAffected();

    void setCustomersAffected(Integer customersAffected);

    @StringLength(StringLength.UNLIMITED)
    String getSourceUrl();

    void setSourceUrl(String sourceUrl);

    @StringLength(StringLength.UNLIMITED)
    String getQuote();

    void setQuote(String quote);

    Date getEvidenceDate();

    void setEvidenceDate(Date evidenceDate);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Boolean getAssumption();

    void setAssumption(Boolean assumption);
}
