package com.territoryplanner.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A transaction on a thread of its own, held open once its work is done until the test lets it go,
 * committed or rolled back: what others do meanwhile (another replica, a push) is what the test
 * looks at.
 */
public final class HeldTransaction implements AutoCloseable {

  private static final long WAIT_SECONDS = 30;

  private final CountDownLatch workDone = new CountDownLatch(1);
  private final CountDownLatch letGo = new CountDownLatch(1);
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private final Future<?> end;
  private volatile boolean rollBack;

  private HeldTransaction(Runnable work) {
    end =
        thread.submit(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          work.run();
                          workDone.countDown();
                          awaitLetGo();
                          if (rollBack) {
                            throw new RolledBack();
                          }
                        }));
  }

  /** Runs the work in a new transaction; answers once it is done, the transaction still open. */
  public static HeldTransaction hold(Runnable work) throws Exception {
    HeldTransaction held = new HeldTransaction(work);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!held.workDone.await(100, TimeUnit.MILLISECONDS)) {
      if (held.end.isDone() || System.nanoTime() > deadline) {
        held.close();
        held.end.get(0, TimeUnit.SECONDS); // the work's failure, or a timeout
      }
    }
    return held;
  }

  /** Lets the transaction commit, and waits until it has. */
  public void commit() throws Exception {
    letGo.countDown();
    end.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Lets the transaction roll back, as a failure after its work would, and waits until it has. */
  public void rollBack() throws Exception {
    rollBack = true;
    letGo.countDown();
    try {
      end.get(WAIT_SECONDS, TimeUnit.SECONDS);
      throw new AssertionError("the held transaction committed");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause != null && !(cause instanceof RolledBack)) {
        cause = cause.getCause();
      }
      if (cause == null) {
        throw e;
      }
    }
  }

  @Override
  public void close() {
    letGo.countDown();
    thread.shutdownNow();
  }

  private void awaitLetGo() {
    try {
      letGo.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How the held transaction is made to roll back. */
  private static final class RolledBack extends RuntimeException {
    RolledBack() {
      super("rolled back by the test", null, false, false);
    }
  }
}
