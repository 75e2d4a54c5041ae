package dev.stargate.report.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A world map of the sites. Country outlines: Natural Earth 1:110m (public domain), as packaged
 * in world-atlas 2.0.2 (TopoJSON, ISC licence), decoded here. Projection: Natural Earth I
 * (Šavrič, Jenny, Patterson and Jenny, 2011), whose polynomial coefficients are below.
 */
public final class WorldMap {
    private static final String RESOURCE = "world/countries-110m.json";
    private static volatile List<double[][]> rings;

    /** A site on the map: position, IT MW (circle area), carbon intensity (colour), tooltip and short label. */
    public record Site(double latitudeDeg, double longitudeDeg, double itMw, double carbonKgPerMwh, String tooltip, String label) {}

    private WorldMap() {}

    /** Natural Earth I: x from longitude and latitude (radians), in projection units. */
    static double px(double lambda, double phi) {
        double p2 = phi * phi;
        double p4 = p2 * p2;
        return lambda * (0.870700 - 0.131979 * p2 - 0.013791 * p4 + p4 * p4 * p2 * (0.003971 - 0.001529 * p2));
    }

    static double py(double phi) {
        double p2 = phi * phi;
        double p6 = p2 * p2 * p2;
        return phi * (1.007226 + 0.015085 * p2 + p6 * (-0.044475 + 0.028874 * p2 - 0.005916 * p2 * p2));
    }

    public static String render(String label, List<Site> sites, double width) {
        double xMax = px(Math.PI, 0);
        double yMax = py(Math.PI / 2);
        double scale = width / (2 * xMax);
        double mapH = 2 * yMax * scale;
        double height = mapH + 56;
        Svg svg = new Svg(width, height, label);
        svg.rect(0, 0, width, mapH, "#f7fbff", null);
        StringBuilder d = new StringBuilder(200_000);
        for (double[][] ring : rings()) {
            boolean pen = false;
            double prevLon = 0;
            for (double[] p : ring) {
                double x = width / 2 + px(Math.toRadians(p[0]), Math.toRadians(p[1])) * scale;
                double y = mapH / 2 - py(Math.toRadians(p[1])) * scale;
                boolean jump = pen && Math.abs(p[0] - prevLon) > 180; // do not draw across the antimeridian
                d.append(pen && !jump ? 'L' : 'M').append(Svg.n(x)).append(' ').append(Svg.n(y));
                pen = true;
                prevLon = p[0];
            }
            d.append('Z');
        }
        svg.path(d.toString(), Palette.LAND, "#c9ced3", 0.5, null);
        double maxMw = sites.stream().mapToDouble(Site::itMw).max().orElse(1);
        List<Site> bySize = new ArrayList<>(sites);
        bySize.sort((a, b) -> Double.compare(b.itMw(), a.itMw())); // small circles on top
        for (Site s : bySize) {
            double x = width / 2 + px(Math.toRadians(s.longitudeDeg()), Math.toRadians(s.latitudeDeg())) * scale;
            double y = mapH / 2 - py(Math.toRadians(s.latitudeDeg())) * scale;
            double r = 3 + 15 * Math.sqrt(Math.max(0, s.itMw()) / Math.max(1, maxMw));
            svg.circle(x, y, r, Palette.carbon(s.carbonKgPerMwh()), "#333", s.tooltip());
        }
        // legends: carbon colour scale and circle sizes
        double ly = mapH + 14;
        svg.text(10, ly + 10, "grid and on-site carbon, kg CO2/MWh:", "start", 11, Palette.TEXT, false);
        for (int i = 0; i <= 14; i++) {
            svg.rect(230 + i * 14, ly, 14, 12, Palette.carbon(i * 50), String.format(Locale.ROOT, "%d kg/MWh", i * 50));
        }
        svg.text(230, ly + 26, "0", "start", 10, Palette.AXIS, false);
        svg.text(230 + 15 * 14, ly + 26, "700+", "end", 10, Palette.AXIS, false);
        svg.text(480, ly + 10, String.format(Locale.ROOT, "circle area: IT capacity (largest %,.0f MW)", maxMw), "start", 11, Palette.TEXT, false);
        return svg.toString();
    }

    /** Country rings as [longitude, latitude] points, decoded once from the bundled TopoJSON. */
    static List<double[][]> rings() {
        List<double[][]> r = rings;
        if (r != null) return r;
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            JsonNode topo = new ObjectMapper().readTree(in);
            double sx = topo.get("transform").get("scale").get(0).asDouble();
            double sy = topo.get("transform").get("scale").get(1).asDouble();
            double tx = topo.get("transform").get("translate").get(0).asDouble();
            double ty = topo.get("transform").get("translate").get(1).asDouble();
            List<double[][]> arcs = new ArrayList<>();
            for (JsonNode arc : topo.get("arcs")) {
                double[][] pts = new double[arc.size()][];
                long x = 0;
                long y = 0;
                for (int i = 0; i < arc.size(); i++) {
                    x += arc.get(i).get(0).asLong();
                    y += arc.get(i).get(1).asLong();
                    pts[i] = new double[] {x * sx + tx, y * sy + ty};
                }
                arcs.add(pts);
            }
            List<double[][]> out = new ArrayList<>();
            for (JsonNode g : topo.get("objects").get("countries").get("geometries")) {
                JsonNode a = g.get("arcs");
                if (a == null) continue;
                if ("Polygon".equals(g.get("type").asText())) {
                    for (JsonNode ring : a) out.add(ring(ring, arcs));
                } else if ("MultiPolygon".equals(g.get("type").asText())) {
                    for (JsonNode poly : a) for (JsonNode ring : poly) out.add(ring(ring, arcs));
                }
            }
            rings = out;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] ring(JsonNode indices, List<double[][]> arcs) {
        List<double[]> pts = new ArrayList<>();
        for (JsonNode idx : indices) {
            int i = idx.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                double[] p = i >= 0 ? arc[k] : arc[n - 1 - k];
                if (k == 0 && !pts.isEmpty()) continue; // shared with the previous arc's last point
                pts.add(p);
            }
        }
        return pts.toArray(double[][]::new);
    }
}
