package com.territoryplanner.balancing.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the owner cache when any owner changed, in this replica or another: the database notifies
 * {@value #CHANNEL} when a transaction that wrote plans, territories, reps or assignments commits
 * (triggers of migration V16). Holds one connection that listens; while it cannot listen (the
 * database restarts), the cache answers nothing, and it listens again as soon as it can.
 */
@ApplicationScoped
public class OwnerChangeListener {

  static final String CHANNEL = "owners_changed";
  private static final Logger LOG = Logger.getLogger(OwnerChangeListener.class);
  private static final int WAIT_MILLIS = 500;

  private final AgroalDataSource dataSource;
  private final OwnerCache cache;
  private volatile boolean running;
  private Thread listener;

  OwnerChangeListener(AgroalDataSource dataSource, OwnerCache cache) {
    this.dataSource = dataSource;
    this.cache = cache;
  }

  void start(@Observes StartupEvent started) {
    running = true;
    listener = new Thread(this::listen, "owner-change-listener");
    listener.setDaemon(true);
    listener.start();
  }

  void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
    running = false;
    listener.join(2 * WAIT_MILLIS);
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        cache.seeing();
        while (running) {
          PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
          if (received != null && received.length > 0) {
            cache.ownersChanged();
          }
        }
      } catch (SQLException | RuntimeException e) {
        cache.blind();
        if (running) {
          LOG.warnf(
              "Not listening for owner changes, lookups read the database: %s", e.getMessage());
          pause();
        }
      }
    }
    cache.blind();
  }

  private static void pause() {
    try {
      Thread.sleep(WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
