package dev.journeymaps.store.exchange;

import dev.journeymaps.app.exchange.ExchangeTransaction;
import dev.journeymaps.store.AoSession;

import java.util.function.Supplier;

/** One Active Objects transaction around a whole import: the repositories' own transactions join it. */
public final class AoExchangeTransaction implements ExchangeTransaction {
    private final AoSession session;

    public AoExchangeTransaction(AoSession session) {
        this.session = session;
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        return session.inTransaction(work);
    }
}
