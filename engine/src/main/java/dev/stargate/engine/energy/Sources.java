package dev.stargate.engine.energy;

import dev.stargate.engine.core.World;
import java.util.ArrayList;
import java.util.List;

/** The energy sources of a run, indexed: "grid" first, then every technology some site uses. */
public final class Sources {
    public static final int GRID = 0;
    private final List<String> names = new ArrayList<>();

    public Sources(World w) {
        names.add("grid");
        for (List<World.Asset> assets : w.siteAssets) {
            for (World.Asset a : assets) {
                if (!names.contains(a.spec().technology())) names.add(a.spec().technology());
            }
        }
    }

    public int index(String technology) {
        return names.indexOf(technology);
    }

    public int size() {
        return names.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    public List<String> names() {
        return List.copyOf(names);
    }
}
