package dev.stargate.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reading path and query parameters, with 400s that name the parameter and the accepted form. */
final class Params {
    private Params() {}

    static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.notFound(name + " " + v);
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("query parameter " + name + "=" + v + " must be a whole number from " + min + " to " + max);
    }

    static Long optionalLong(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter " + name + "=" + v + " must be a whole number");
        }
    }

    /** An instant given as 2031-01-01T06:00:00Z or a date (midnight UTC); null when absent. */
    static Instant instant(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return v.length() <= 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("query parameter " + name + "=" + v + " must be a date (2031-01-01) or a UTC time (2031-01-01T06:00:00Z)");
        }
    }
}
