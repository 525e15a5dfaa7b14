package dev.journeymaps.app.work;

import dev.journeymaps.domain.work.ActionableCard;

import java.util.Collection;
import java.util.List;

/** Port: the pain points and opportunities of many maps at once (for a project's map list), without loading whole maps. */
public interface ActionableCards {

    /** In a fixed number of queries per few hundred maps. */
    List<ActionableCard> of(Collection<Long> mapIds);
}
