package dev.journeymaps.store.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import dev.journeymaps.store.board.AoMapRepository;
import dev.journeymaps.store.board.CardEntity;
import dev.journeymaps.store.board.MapEntity;
import dev.journeymaps.store.board.StageEntity;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Jira's ActiveObjects service is not ours, so it is mocked; the session must only delegate to it. */
@ExtendWith(MockitoExtension.class)
class ActiveObjectsSessionTest {
    @Mock
    ActiveObjects ao;

    @Test
    void workRunsInsideTheServicesTransactionAndReturnsItsResult() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
        ActiveObjectsSession session = new ActiveObjectsSession(ao);
        boolean[] ran = new boolean[1];

        String result = session.inTransaction(() -> {
            ran[0] = true;
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(ran[0]).isTrue();
        verify(ao).executeInTransaction(any());
    }

    @Test
    void failuresOfTheWorkReachTheServiceSoItRollsBack() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
        ActiveObjectsSession session = new ActiveObjectsSession(ao);

        assertThatThrownBy(() -> session.inTransaction(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
    }

    @Test
    void readsAndWritesAreDelegatedUnchanged() {
        ActiveObjectsSession session = new ActiveObjectsSession(ao);
        StageEntity stage = mock(StageEntity.class);
        Query query = Query.select().where("MAP_ID = ?", 7L);
        Map<String, Object> values = Map.of(StageEntity.NAME, "Discover");
        when(ao.create(StageEntity.class, values)).thenReturn(stage);
        when(ao.find(StageEntity.class, query)).thenReturn(new StageEntity[]{stage});
        when(ao.get(StageEntity.class, 3)).thenReturn(stage);
        when(ao.count(StageEntity.class, query)).thenReturn(1);
        when(ao.deleteWithSQL(CardEntity.class, "MAP_ID = ?", 7L)).thenReturn(4);

        assertThat(session.create(StageEntity.class, values)).isSameAs(stage);
        assertThat(session.find(StageEntity.class, query)).containsExactly(stage);
        assertThat(session.get(StageEntity.class, 3)).isSameAs(stage);
        assertThat(session.count(StageEntity.class, query)).isEqualTo(1);
        assertThat(session.deleteWithSQL(CardEntity.class, "MAP_ID = ?", 7L)).isEqualTo(4);
        session.delete(stage);
        verify(ao).delete(stage);
    }

    @Test
    void theRepositoryLoadsAMapThroughTheServicesTransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
        when(ao.find(eq(MapEntity.class), any(Query.class))).thenReturn(new MapEntity[0]);

        assertThat(new AoMapRepository(new ActiveObjectsSession(ao)).loadBoard(42)).isEmpty();

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(ao).find(eq(MapEntity.class), query.capture());
        assertThat(query.getValue().getWhereParams()).containsExactly(42);
    }
}
