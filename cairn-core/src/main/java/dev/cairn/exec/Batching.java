package dev.cairn.exec;

import dev.cairn.sql.SqlStatement;

/**
 * Which statements may share one round trip with their neighbours. A statement in a batch must not return
 * rows (the driver's batch has nowhere to put them) and must not end the transaction (the runner checks
 * that after each statement it sends alone). The dialect decides; {@link #NEVER} sends each statement alone.
 */
@FunctionalInterface
public interface Batching {
    Batching NEVER = statement -> false;

    boolean batchable(SqlStatement statement);
}
