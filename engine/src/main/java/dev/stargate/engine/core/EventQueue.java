package dev.stargate.engine.core;

import java.util.Arrays;

/**
 * A binary min-heap of events over primitive arrays: no boxing and no allocation per event.
 * Events are ordered by time, then by insertion sequence, so runs are deterministic. Each event
 * carries a kind, an id and an int argument (e.g. a version for lazy invalidation, or a count).
 */
public final class EventQueue {
    private long[] time;
    private long[] seq;
    private int[] kind;
    private int[] id;
    private int[] arg;
    private int size;
    private long nextSeq;

    public EventQueue(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        time = new long[c];
        seq = new long[c];
        kind = new int[c];
        id = new int[c];
        arg = new int[c];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void push(long t, int k, int i, int a) {
        if (size == time.length) grow();
        int pos = size++;
        long s = nextSeq++;
        // sift up
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!less(t, s, time[parent], seq[parent])) break;
            move(parent, pos);
            pos = parent;
        }
        set(pos, t, s, k, i, a);
    }

    /** Time of the earliest event; only valid when not empty. */
    public long peekTime() {
        return time[0];
    }

    public int peekKind() {
        return kind[0];
    }

    public int peekId() {
        return id[0];
    }

    public int peekArg() {
        return arg[0];
    }

    /** Removes the earliest event (read it with the peek methods first). */
    public void pop() {
        size--;
        if (size == 0) return;
        long t = time[size];
        long s = seq[size];
        int k = kind[size];
        int i = id[size];
        int a = arg[size];
        int pos = 0;
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            int right = child + 1;
            if (right < size && less(time[right], seq[right], time[child], seq[child])) child = right;
            if (!less(time[child], seq[child], t, s)) break;
            move(child, pos);
            pos = child;
        }
        set(pos, t, s, k, i, a);
    }

    private static boolean less(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void move(int from, int to) {
        time[to] = time[from];
        seq[to] = seq[from];
        kind[to] = kind[from];
        id[to] = id[from];
        arg[to] = arg[from];
    }

    private void set(int pos, long t, long s, int k, int i, int a) {
        time[pos] = t;
        seq[pos] = s;
        kind[pos] = k;
        id[pos] = i;
        arg[pos] = a;
    }

    private void grow() {
        int c = time.length * 2;
        time = Arrays.copyOf(time, c);
        seq = Arrays.copyOf(seq, c);
        kind = Arrays.copyOf(kind, c);
        id = Arrays.copyOf(id, c);
        arg = Arrays.copyOf(arg, c);
    }
}
