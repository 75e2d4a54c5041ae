package dev.stargate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stargate.report.Csv;
import dev.stargate.report.RunFiles;
import dev.stargate.report.RunPipeline;
import dev.stargate.server.auth.Role;
import dev.stargate.server.runs.RunEvents;
import dev.stargate.server.runs.RunService;
import dev.stargate.server.runs.RunView;
import dev.stargate.server.store.RunKind;
import dev.stargate.server.store.RunStatus;
import dev.stargate.server.store.RunStore;
import dev.stargate.server.store.ScenarioStore;
import dev.stargate.server.store.StoredScenario;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs: start, list, follow (live events), cancel or delete, and read results. */
final class RunRoutes {
    private static final int MAX_PAGE = 500;
    private static final int MAX_HOURLY_ROWS = 10_000;
    private static final String HOURLY_PARQUET = "hourly_sites.parquet";
    /** A report is a document: its inline styles and SVG, no scripts, nothing fetched. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

    /** POST /api/runs body. */
    record StartRun(Long scenarioId, String kind, Long seed, Double timeLimitSeconds) {}

    private final RunService runs;
    private final RunStore store;
    private final ScenarioStore scenarios;
    private final RunEvents events;
    private final RunFilesCache cache;
    private final ObjectMapper json;
    private final HourlyQuery hourlyQuery;

    RunRoutes(RunService runs, RunStore store, ScenarioStore scenarios, RunEvents events, RunFilesCache cache, HourlyQuery hourlyQuery,
              ObjectMapper json) {
        this.hourlyQuery = hourlyQuery;
        this.runs = runs;
        this.store = store;
        this.scenarios = scenarios;
        this.events = events;
        this.cache = cache;
        this.json = json;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/api/runs", Access.guard(Role.PLANNER, this::start));
        r.get("/api/runs", Access.guard(Role.VIEWER, this::list));
        r.before("/api/runs/events", ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new ApiException(406, "this is a server-sent event stream; send Accept: text/event-stream (as EventSource does)");
            }
            if (!events.hasRoom()) throw new ApiException(503, "too many clients follow the run events; retry later", Map.of("Retry-After", "30"));
        });
        r.sse("/api/runs/events", client -> events.add(client, Access.principal(client.ctx()).workspaceId()));
        r.get("/api/runs/{id}", Access.guard(Role.VIEWER, ctx -> ctx.json(find(ctx))));
        r.delete("/api/runs/{id}", Access.guard(Role.PLANNER, this::cancelOrDelete));
        r.get("/api/runs/{id}/summary", Access.guard(Role.VIEWER, ctx -> file(ctx, RunFiles.SUMMARY, "application/json")));
        r.get("/api/runs/{id}/plan", Access.guard(Role.VIEWER, ctx -> file(ctx, RunFiles.PLAN, "application/json")));
        r.get("/api/runs/{id}/report", Access.guard(Role.VIEWER, ctx -> file(ctx, RunPipeline.REPORT, "text/html; charset=utf-8")));
        r.get("/api/runs/{id}/hourly", Access.guard(Role.VIEWER, this::hourly));
        r.get("/api/runs/{id}/jobs", Access.guard(Role.VIEWER, this::jobs));
        r.get("/api/runs/{id}/files", Access.guard(Role.VIEWER, this::files));
        r.get("/api/runs/{id}/files/{name}", Access.guard(Role.VIEWER, ctx -> file(ctx, ctx.pathParam("name"), null)));
        r.get("/api/compare", Access.guard(Role.VIEWER, this::compare));
    }

    private void start(Context ctx) {
        StartRun req;
        try {
            req = json.readValue(ctx.body(), StartRun.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body must be JSON like {\"scenarioId\": 1, \"kind\": \"simulate\", \"seed\": 7}: "
                    + e.getOriginalMessage());
        }
        if (req == null || req.scenarioId() == null) throw ApiException.badRequest("scenarioId is required");
        RunKind kind = req.kind() == null ? RunKind.SIMULATE : RunKind.fromWire(req.kind());
        if (kind == null) throw ApiException.badRequest("kind " + req.kind() + " is not simulate or plan");
        if (req.timeLimitSeconds() != null && !(req.timeLimitSeconds() > 0)) throw ApiException.badRequest("timeLimitSeconds must be above 0");
        if (req.timeLimitSeconds() != null && kind != RunKind.PLAN) throw ApiException.badRequest("timeLimitSeconds applies to plan runs only");
        StoredScenario s = scenarios.get(workspace(ctx), req.scenarioId()).orElseThrow(() -> ApiException.notFound("scenario " + req.scenarioId()));
        RunView v = runs.submit(s, kind, req.seed(), req.timeLimitSeconds());
        ctx.status(202).header("Location", "/api/runs/" + v.id()).json(v);
    }

    private void list(Context ctx) {
        String st = ctx.queryParam("status");
        RunStatus status = st == null || st.isBlank() ? null : RunStatus.fromWire(st);
        if (st != null && !st.isBlank() && status == null) {
            throw ApiException.badRequest("status " + st + " is not one of " + Arrays.stream(RunStatus.values()).map(RunStatus::wire).toList());
        }
        int limit = Params.integer(ctx, "limit", 100, 1, MAX_PAGE);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Long scenarioId = Params.optionalLong(ctx, "scenarioId");
        ctx.json(Map.of("items", runs.list(workspace(ctx), status, scenarioId, limit, offset), "offset", offset, "limit", limit));
    }

    private RunView find(Context ctx) {
        long id = Params.id(ctx, "id");
        return runs.get(workspace(ctx), id).orElseThrow(() -> ApiException.notFound("run " + id));
    }

    private static long workspace(Context ctx) {
        return Access.principal(ctx).workspaceId();
    }

    /** Queued or running: cancel (202, planner). Finished: delete with its results (204, admin). */
    private void cancelOrDelete(Context ctx) {
        long id = Params.id(ctx, "id");
        long ws = workspace(ctx);
        switch (runs.cancel(ws, id)) {
            case CANCELLED -> ctx.status(202).json(runs.get(ws, id).orElseThrow());
            case NOT_FOUND -> throw ApiException.notFound("run " + id);
            case ALREADY_FINISHED -> {
                if (!Access.principal(ctx).role().allows(Role.ADMIN)) {
                    throw new ApiException(403, "run " + id + " has finished; deleting it needs the admin role");
                }
                if (!store.delete(id)) throw new ApiException(409, "run " + id + " changed state meanwhile; retry");
                hourlyQuery.forget(cache.path(id).resolve(HOURLY_PARQUET));
                cache.remove(id);
                ctx.status(204);
            }
        }
    }

    /** A run's results exist only once it has succeeded. */
    private RunView succeeded(Context ctx) {
        RunView v = find(ctx);
        if (!v.status().equals(RunStatus.SUCCEEDED.wire())) {
            String why = switch (RunStatus.fromWire(v.status())) {
                case QUEUED -> "is queued";
                case RUNNING -> "is running (" + v.progressPercent() + "%)";
                default -> "ended " + v.status() + (v.error() != null ? ": " + v.error() : "");
            };
            throw new ApiException(409, "run " + v.id() + " " + why + "; its results exist once it has succeeded");
        }
        return v;
    }

    private void file(Context ctx, String name, String contentType) {
        RunView v = succeeded(ctx);
        String accept = ctx.header("Accept-Encoding");
        boolean gzipOk = accept != null && accept.contains("gzip");
        byte[] bytes = (gzipOk ? store.fileGzip(v.id(), name) : store.file(v.id(), name))
                .orElseThrow(() -> ApiException.notFound("file " + name + " of run " + v.id()));
        ctx.contentType(contentType != null ? contentType : contentTypeOf(name));
        if (ctx.res().getContentType() != null && ctx.res().getContentType().startsWith("text/html")) {
            ctx.header("Content-Security-Policy", REPORT_CSP);
        }
        if (contentType == null) ctx.header("Content-Disposition", "attachment; filename=\"run-" + v.id() + "-" + name + "\"");
        if (gzipOk) ctx.header("Content-Encoding", "gzip");
        ctx.result(bytes);
    }

    private static String contentTypeOf(String name) {
        if (name.endsWith(".json")) return "application/json";
        if (name.endsWith(".csv")) return "text/csv; charset=utf-8";
        if (name.endsWith(".yaml")) return "application/yaml; charset=utf-8";
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        return "application/octet-stream";
    }

    private void files(Context ctx) {
        RunView v = succeeded(ctx);
        ctx.json(Map.of("items", store.files(v.id()).stream()
                .map(f -> Map.of("name", f.name(), "sizeBytes", f.sizeBytes(), "href", "/api/runs/" + v.id() + "/files/" + f.name())).toList()));
    }

    private void hourly(Context ctx) throws SQLException {
        RunView v = succeeded(ctx);
        if (store.files(v.id()).stream().noneMatch(f -> f.name().equals(HOURLY_PARQUET))) {
            throw ApiException.notFound("hourly table of run " + v.id());
        }
        String cols = ctx.queryParam("columns");
        List<String> columns = cols == null || cols.isBlank() ? null : Arrays.stream(cols.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        int pointsParam = Params.integer(ctx, "points", 0, 0, MAX_HOURLY_ROWS);
        String site = ctx.queryParam("site");
        HourlyQuery.Result r = hourlyQuery.run(cache.dir(v.id()).resolve(HOURLY_PARQUET), site == null || site.isBlank() ? null : site,
                Params.instant(ctx, "from"), Params.instant(ctx, "to"), pointsParam == 0 ? null : pointsParam, columns,
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE), Params.integer(ctx, "limit", 1000, 1, MAX_HOURLY_ROWS));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run", v.id());
        if (r.site() != null) body.put("site", r.site());
        List<String> header = new ArrayList<>(List.of("time", "steps"));
        header.addAll(r.columns());
        body.put("columns", header);
        body.put("stepSeconds", r.stepSeconds());
        body.put("bucketSeconds", r.bucketSeconds());
        body.put("from", r.from());
        body.put("to", r.to());
        body.put("total", r.total());
        body.put("offset", r.offset());
        body.put("limit", r.limit());
        body.put("rows", r.rows());
        if (r.offset() + r.rows().size() < r.total()) {
            body.put("next", ctx.path() + "?" + nextQuery(ctx, r.offset() + r.rows().size()));
        }
        ctx.json(body);
    }

    private static String nextQuery(Context ctx, int offset) {
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (k.equals("offset")) return;
            for (String v : vs) q.append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
        });
        return q.append("offset=").append(offset).toString();
    }

    private void jobs(Context ctx) throws IOException {
        RunView v = succeeded(ctx);
        byte[] bytes = store.file(v.id(), RunFiles.JOBS).orElseThrow(() -> ApiException.notFound("jobs table of run " + v.id()));
        Csv.Table t = Csv.parse(new String(bytes, StandardCharsets.UTF_8), RunFiles.JOBS);
        List<Map<String, Object>> items = new ArrayList<>();
        for (String[] row : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < t.header().size(); i++) m.put(t.header().get(i), typed(i < row.length ? row[i] : ""));
            items.add(m);
        }
        ctx.json(Map.of("run", v.id(), "items", items));
    }

    /** A CSV cell as JSON: numbers as numbers, empty as null, the rest as text. */
    private static Object typed(String cell) {
        if (cell.isEmpty()) return null;
        if (cell.matches("-?[0-9]+")) {
            try {
                return Long.parseLong(cell);
            } catch (NumberFormatException e) {
                return cell;
            }
        }
        if (cell.matches("-?[0-9.]+([eE][-+]?[0-9]+)?")) return Double.parseDouble(cell);
        return cell;
    }

    private void compare(Context ctx) throws IOException {
        Long a = Params.optionalLong(ctx, "a");
        Long b = Params.optionalLong(ctx, "b");
        if (a == null || b == null) throw ApiException.badRequest("give two runs: /api/compare?a=RUN_ID&b=RUN_ID");
        long ws = workspace(ctx);
        JsonNode sa = summary(ws, a);
        JsonNode sb = summary(ws, b);
        ctx.json(new Compare.Result(ref(ws, a), ref(ws, b), Compare.rows(sa, sb)));
    }

    private Compare.RunRef ref(long ws, long id) {
        RunView v = runs.get(ws, id).orElseThrow();
        return new Compare.RunRef(v.id(), v.scenarioName(), v.scenarioVersion(), v.kind(), v.seed());
    }

    private JsonNode summary(long ws, long id) throws IOException {
        RunView v = runs.get(ws, id).orElseThrow(() -> ApiException.notFound("run " + id));
        if (!v.status().equals(RunStatus.SUCCEEDED.wire())) throw new ApiException(409, "run " + id + " has not succeeded (" + v.status() + ")");
        return json.readTree(store.file(id, RunFiles.SUMMARY).orElseThrow());
    }
}
