package dev.journeymaps.web.page.board;

/** One row of a project's map list, with everything already formatted for display; archived rows list apart. */
public record MapRow(long id, String url, String title, String typeKey, String typeLabel, String owner, String personaName,
                     int stageCount, int cardCount, int painPointCount, String updatedIso, String updatedLabel,
                     String workLabel, boolean archived) {

    public MapRow(long id, String url, String title, String typeKey, String typeLabel, String owner, String personaName,
                  int stageCount, int cardCount, int painPointCount, String updatedIso, String updatedLabel, String workLabel) {
        this(id, url, title, typeKey, typeLabel, owner, personaName, stageCount, cardCount, painPointCount, updatedIso,
                updatedLabel, workLabel, false);
    }
}
