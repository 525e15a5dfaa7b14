package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Stage;

/** Port: the writes to a map's stages. Part of {@link MapWriter}; used only inside {@link MapRepository#change}. */
public interface StageWriter {
    long insertStage(String name, int position);

    void updateStage(Stage stage);

    /** Deletes the stage and every card in it, with their evidence. */
    void deleteStage(long stageId);
}
