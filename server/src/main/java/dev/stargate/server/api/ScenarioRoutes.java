package dev.stargate.server.api;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.report.FleetMap;
import dev.stargate.server.ScenarioText;
import dev.stargate.server.auth.Role;
import dev.stargate.server.store.ScenarioStore;
import dev.stargate.server.store.StoredScenario;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Scenarios: create, list, read, update, delete, validate without saving, and the fleet map. */
final class ScenarioRoutes {
    /** Width of the fleet map, SVG user units. */
    private static final double MAP_WIDTH = 960;
    private static final int MAX_PAGE = 500;

    /**
     * A scenario in responses; {@code source} only when one scenario is asked for, {@code errors}
     * only when a stored scenario no longer validates (e.g. after a catalogue change).
     */
    record ScenarioView(long id, String name, String format, int version, Instant createdAt, Instant updatedAt, String source,
                        String description, Integer sites, Boolean planning, List<ProblemView> warnings, List<ProblemView> errors) {}

    record Page<T>(List<T> items, int total, int offset, int limit) {}

    record Validation(boolean valid, String name, List<ProblemView> errors, List<ProblemView> warnings) {}

    private final ScenarioStore store;

    ScenarioRoutes(ScenarioStore store) {
        this.store = store;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/api/scenarios", Access.guard(Role.PLANNER, this::create));
        r.get("/api/scenarios", Access.guard(Role.VIEWER, this::list));
        r.get("/api/scenarios/{id}", Access.guard(Role.VIEWER, this::get));
        r.put("/api/scenarios/{id}", Access.guard(Role.PLANNER, this::update));
        r.delete("/api/scenarios/{id}", Access.guard(Role.ADMIN, this::delete));
        r.get("/api/scenarios/{id}/map.svg", Access.guard(Role.VIEWER, this::map));
        r.post("/api/validate", Access.guard(Role.VIEWER, this::validate));
    }

    private void create(Context ctx) {
        String text = body(ctx);
        LoadedScenario ls = ScenarioText.load(text, "request body");
        StoredScenario s = store.create(workspace(ctx), ls.scenario().name(), ScenarioText.format(ctx.contentType(), text), text);
        ctx.status(201).header("Location", "/api/scenarios/" + s.id()).header("ETag", etag(s.version()));
        ctx.json(view(s, ls));
    }

    private void list(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 1, MAX_PAGE);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<ScenarioView> items = store.list(workspace(ctx), limit, offset).stream()
                .map(s -> new ScenarioView(s.id(), s.name(), s.format(), s.version(), s.createdAt(), s.updatedAt(), null, null, null, null, null,
                        null))
                .toList();
        ctx.json(new Page<>(items, store.count(workspace(ctx)), offset, limit));
    }

    private void get(Context ctx) {
        StoredScenario s = find(ctx);
        ctx.header("ETag", etag(s.version()));
        LoadedScenario ls;
        try {
            ls = ScenarioText.load(s.source(), "scenario " + s.id());
        } catch (InvalidInputException e) {
            // saved valid, invalid now (the catalogue changed): still readable, with the errors
            ctx.json(new ScenarioView(s.id(), s.name(), s.format(), s.version(), s.createdAt(), s.updatedAt(), s.source(), null, null, null,
                    e.problems().stream().filter(p -> !p.isError()).map(ProblemView::of).toList(),
                    e.problems().stream().filter(Problem::isError).map(ProblemView::of).toList()));
            return;
        }
        ctx.json(view(s, ls));
    }

    private void update(Context ctx) {
        long id = Params.id(ctx, "id");
        Integer expected = ifMatch(ctx);
        String text = body(ctx);
        LoadedScenario ls = ScenarioText.load(text, "request body");
        StoredScenario s;
        try {
            s = store.update(workspace(ctx), id, ls.scenario().name(), ScenarioText.format(ctx.contentType(), text), text, expected)
                    .orElseThrow(() -> ApiException.notFound("scenario " + id));
        } catch (ScenarioStore.VersionConflict e) {
            throw new ApiException(412, e.getMessage() + "; reload it, apply your change again and send If-Match: \"" + e.current + "\"");
        }
        ctx.header("ETag", etag(s.version()));
        ctx.json(view(s, ls));
    }

    private void delete(Context ctx) {
        long id = Params.id(ctx, "id");
        if (!store.delete(workspace(ctx), id)) throw ApiException.notFound("scenario " + id);
        ctx.status(204);
    }

    private void map(Context ctx) {
        StoredScenario s = find(ctx);
        LoadedScenario ls = ScenarioText.load(s.source(), "scenario " + s.id());
        ctx.contentType("image/svg+xml; charset=utf-8").result(FleetMap.svg(ls, MAP_WIDTH));
    }

    /** Validation without saving, for the editor: always 200, the problems in the body. */
    private void validate(Context ctx) {
        String text = body(ctx);
        try {
            LoadedScenario ls = ScenarioText.load(text, "scenario");
            ctx.json(new Validation(true, ls.scenario().name(), List.of(), ls.warnings().stream().map(ProblemView::of).toList()));
        } catch (InvalidInputException e) {
            List<Problem> all = e.problems();
            ctx.json(new Validation(false, null, all.stream().filter(Problem::isError).map(ProblemView::of).toList(),
                    all.stream().filter(p -> !p.isError()).map(ProblemView::of).toList()));
        }
    }

    private StoredScenario find(Context ctx) {
        long id = Params.id(ctx, "id");
        return store.get(workspace(ctx), id).orElseThrow(() -> ApiException.notFound("scenario " + id));
    }

    private static long workspace(Context ctx) {
        return Access.principal(ctx).workspaceId();
    }

    private static ScenarioView view(StoredScenario s, LoadedScenario ls) {
        return new ScenarioView(s.id(), s.name(), s.format(), s.version(), s.createdAt(), s.updatedAt(), s.source(),
                ls.scenario().description(), ls.scenario().sites().size(), ls.scenario().planning() != null,
                ls.warnings().stream().map(ProblemView::of).toList(), null);
    }

    private static String body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw ApiException.badRequest("the request body is empty; send the scenario as YAML (Content-Type: application/yaml) or JSON");
        }
        return text;
    }

    private static Integer ifMatch(Context ctx) {
        String h = ctx.header("If-Match");
        if (h == null || h.isBlank() || h.strip().equals("*")) return null;
        String v = h.strip().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match: " + h + " is not a scenario version; use the ETag of GET /api/scenarios/{id}, e.g. \"3\"");
        }
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static Map<String, Object> problemsBody(String message, List<Problem> problems) {
        return Map.of("error", message, "problems", problems.stream().map(ProblemView::of).toList());
    }
}
