package dev.stargate.server.auth;

import java.util.Locale;

/** What a token may do in its workspace; each role may do everything the ones before it may. */
public enum Role {
    /** Read scenarios, runs, results and the catalogue. */
    VIEWER,
    /** Also create and edit scenarios, start and cancel runs. */
    PLANNER,
    /** Also delete scenarios and runs. */
    ADMIN;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named (viewer, planner, admin), or null. */
    public static Role fromWire(String s) {
        for (Role r : values()) if (r.wire().equals(s)) return r;
        return null;
    }
}
