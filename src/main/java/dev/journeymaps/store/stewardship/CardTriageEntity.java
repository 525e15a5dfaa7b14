package dev.journeymaps.store.stewardship;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Owner and score inputs of one pain point or opportunity (at most one row per card). Every input is
 * nullable: NULL means "not scored yet". {@code MAP_ID} is denormalised so a map's triage loads in one query.
 */
@Preload
@Table("CARD_TRIAGE")
public interface CardTriageEntity extends Entity {
    String CARD_ID = "CARD_ID";
    String MAP_ID = "MAP_ID";
    String OWNER_KEY = "OWNER_KEY";
    String IMPACT = "IMPACT";
    String FEASIBILITY = "FEASIBILITY";
    String REACH = "REACH";
    String RICE_IMPACT = "RICE_IMPACT";
    String EFFORT = "EFFORT";

    @NotNull
    @Unique
    long getCardId();

    void setCardId(long cardId);

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @StringLength(Limits.USER_KEY)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    Integer getImpact();

    void setImpact(Integer impact);

    Integer getFeasibility();

    void setFeasibility(Integer feasibility);

    Integer getReach();

    void setReach(Integer reach);

    Double getRiceImpact();

    void setRiceImpact(Double riceImpact);

    Double getEffort();

    void setEffort(Double effort);
}
