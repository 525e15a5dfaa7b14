package dev.journeymaps.app.exchange;

import java.util.function.Supplier;

/** Port: runs a whole import in one database transaction, so it is applied entirely or not at all. */
public interface ExchangeTransaction {
    <T> T inOne(Supplier<T> work);
}
