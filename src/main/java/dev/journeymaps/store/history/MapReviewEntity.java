package dev.journeymaps.store.history;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A map's review cadence: the interval and who last reviewed it when (both NULL until the first review). */
@Preload
@Table("MAP_REVIEW")
public interface MapReviewEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String INTERVAL_DAYS = "INTERVAL_DAYS";
    String LAST_REVIEWED_AT = "LAST_REVIEWED_AT";
    String LAST_REVIEWED_BY = "LAST_REVIEWED_BY";

    @NotNull
    @Unique
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    int getIntervalDays();

    void setIntervalDays(int intervalDays);

    Date getLastReviewedAt();

    void setLastReviewedAt(Date lastReviewedAt);

    @StringLength(Limits.USER_KEY)
    String getLastReviewedBy();

    void setLastReviewedBy(String lastReviewedBy);
}
