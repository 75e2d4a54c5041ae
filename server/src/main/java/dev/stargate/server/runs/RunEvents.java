package dev.stargate.server.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live run changes for the dashboard (server-sent events, event name "run", data a
 * {@link RunView}), each sent only to the clients of the run's workspace. Changes are coalesced
 * per run and sent by one thread every {@value #FLUSH_MS} ms, so a slow client never holds up a
 * worker and memory stays bounded by the number of runs; at most {@code maxClients} clients are
 * connected at once.
 */
public final class RunEvents implements AutoCloseable {
    static final long FLUSH_MS = 200;
    /** A comment is sent this often so that closed connections are noticed and proxies keep them open. */
    private static final long HEARTBEAT_MS = 15_000;

    private final ObjectMapper json;
    private final int maxClients;
    private final Map<SseClient, Long> clients = new ConcurrentHashMap<>();
    private final Map<Long, Change> pending = new ConcurrentHashMap<>();

    private record Change(long workspaceId, RunView run) {}
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stargate-events");
        t.setDaemon(true);
        return t;
    });

    public RunEvents(ObjectMapper json, int maxClients) {
        this.json = json;
        this.maxClients = maxClients;
        sender.scheduleWithFixedDelay(this::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
        sender.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_MS, HEARTBEAT_MS, TimeUnit.MILLISECONDS);
    }

    /** False when the server already has its maximum of clients. */
    public synchronized boolean hasRoom() {
        return clients.size() < maxClients;
    }

    /** Keeps the client's connection open and sends it every change of its workspace's runs from now on. */
    public void add(SseClient client, long workspaceId) {
        synchronized (this) {
            if (clients.size() >= maxClients) {
                client.close();
                return;
            }
            clients.put(client, workspaceId);
        }
        client.onClose(() -> clients.remove(client));
        client.sendComment("connected");
        client.keepAlive();
    }

    public int clients() {
        return clients.size();
    }

    /** Queues a change; a newer change of the same run replaces it. */
    public void publish(long workspaceId, RunView v) {
        pending.put(v.id(), new Change(workspaceId, v));
    }

    private void flush() {
        if (pending.isEmpty()) return;
        for (Long id : pending.keySet()) {
            Change change = pending.remove(id);
            if (change == null) continue;
            String data;
            try {
                data = json.writeValueAsString(change.run());
            } catch (Exception e) {
                continue;
            }
            for (Map.Entry<SseClient, Long> client : clients.entrySet()) {
                if (client.getValue() != change.workspaceId()) continue;
                SseClient c = client.getKey();
                try {
                    if (c.terminated()) clients.remove(c);
                    else c.sendEvent("run", data);
                } catch (RuntimeException e) {
                    clients.remove(c);
                }
            }
        }
    }

    private void heartbeat() {
        for (SseClient c : clients.keySet()) {
            try {
                if (c.terminated()) clients.remove(c);
                else c.sendComment("heartbeat");
            } catch (RuntimeException e) {
                clients.remove(c);
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        for (SseClient c : clients.keySet()) {
            try {
                c.close();
            } catch (RuntimeException e) {
                // closing anyway
            }
        }
        clients.clear();
    }
}
