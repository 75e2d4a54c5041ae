package dev.stargate.server.api;

import java.util.Map;

/** A request the API answers with a 4xx status and a message saying what to change. */
public final class ApiException extends RuntimeException {
    public final int status;
    public final Map<String, String> headers;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = headers;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " does not exist");
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
