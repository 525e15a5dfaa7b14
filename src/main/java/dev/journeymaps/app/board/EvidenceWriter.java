package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Evidence;

/** Port: the writes to the evidence on cards. Part of {@link MapWriter}; used only inside {@link MapRepository#change}. */
public interface EvidenceWriter {
    long insertEvidence(long cardId, Evidence.Content content);

    void updateEvidence(Evidence evidence);

    void deleteEvidence(long evidenceId);
}
