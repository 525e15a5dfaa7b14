package dev.journeymaps.store.board;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A card in one lane × stage cell. {@code MAP_ID} is denormalised so a whole map's cards load in one
 * query. Text is unlimited because {@code Limits.CARD_TEXT} exceeds AO's 450-character VARCHAR cap.
 * {@code EMOTION} (−3 … +3) and {@code CHANNEL} (the {@code Channel} name) are nullable, added later.
 */
@Preload
@Table("CARD")
public interface CardEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String LANE_ID = "LANE_ID";
    String STAGE_ID = "STAGE_ID";
    String POSITION = "POSITION";
    String TEXT = "TEXT";
    String DETAILS = "DETAILS";
    String EMOTION = "EMOTION";
    String CHANNEL = "CHANNEL";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @Indexed
    long getLaneId();

    void setLaneId(long laneId);

    @NotNull
    @Indexed
    long getStageId();

    void setStageId(long stageId);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    void setDetails(String details);

    Integer getEmotion();

    void setEmotion(Integer emotion);

    @StringLength(40)
    String getChannel();

    void setChannel(String channel);
}
