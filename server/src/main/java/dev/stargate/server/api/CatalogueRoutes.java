package dev.stargate.server.api;

import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CatalogueLoader;
import dev.stargate.model.input.Suggest;
import dev.stargate.server.auth.Role;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in catalogue, read-only: sections, their entries with values, units, sources and notes. */
final class CatalogueRoutes {
    private final Catalogue catalogue = CatalogueLoader.builtIn();

    void register(JavalinDefaultRoutingApi r) {
        r.get("/api/catalogue", Access.guard(Role.VIEWER, this::sections));
        r.get("/api/catalogue/{section}", Access.guard(Role.VIEWER, ctx -> ctx.json(section(ctx))));
        r.get("/api/catalogue/{section}/{name}", Access.guard(Role.VIEWER, this::entry));
    }

    private void sections(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String s : Catalogue.SECTIONS) out.put(s, section(s).keySet());
        ctx.json(out);
    }

    private Map<String, ?> section(Context ctx) {
        String s = ctx.pathParam("section");
        if (!Arrays.asList(Catalogue.SECTIONS).contains(s)) {
            throw ApiException.notFound("catalogue section " + s + Suggest.hint(s, Arrays.asList(Catalogue.SECTIONS))
                    + " (sections: " + String.join(", ", Catalogue.SECTIONS) + ")");
        }
        return section(s);
    }

    private Map<String, ?> section(String s) {
        return switch (s) {
            case "accelerators" -> catalogue.accelerators();
            case "cooling" -> catalogue.cooling();
            case "energy" -> catalogue.energy();
            case "regions" -> catalogue.regions();
            case "models" -> catalogue.models();
            default -> throw new IllegalStateException("section " + s + " is in Catalogue.SECTIONS but not here");
        };
    }

    private void entry(Context ctx) {
        Map<String, ?> section = section(ctx);
        String name = ctx.pathParam("name");
        Object e = section.get(name);
        if (e == null) throw ApiException.notFound(ctx.pathParam("section") + " " + name + Suggest.hint(name, section.keySet()));
        ctx.json(e);
    }
}
