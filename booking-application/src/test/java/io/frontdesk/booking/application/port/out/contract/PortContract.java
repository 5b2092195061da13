package io.frontdesk.booking.application.port.out.contract;

import java.util.function.Supplier;

/**
 * Base of the out-port contracts. Every interaction with the implementation under test, arranging included, runs
 * through {@link #inTransaction}, so that a storage adapter can run each step in a transaction of its own
 * (override it with, say, {@code QuarkusTransaction.requiringNew().call(work::get)}); the in-memory fakes need none.
 *
 * <p>Contracts never clean storage: every test works in tenants it creates with fresh ids, so an implementation
 * may share one database between all tests.
 */
public abstract class PortContract {

    /** Runs {@code work} in one transaction of the implementation under test and returns its result. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** {@link #inTransaction(Supplier)} for work without a result. */
    protected final void inTransactionDo(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
