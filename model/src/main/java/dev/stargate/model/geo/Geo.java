package dev.stargate.model.geo;

/** Great-circle geometry on a spherical Earth. */
public final class Geo {
    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {}

    /** Great-circle distance between two points given in degrees (haversine), km. */
    public static double greatCircleKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double p1 = Math.toRadians(lat1Deg);
        double p2 = Math.toRadians(lat2Deg);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2Deg - lon1Deg);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /**
     * Network round-trip time over fibre: there and back along a path {@code routeFactor} times
     * the great-circle distance, at {@code fibreKmPerMs}.
     */
    public static double roundTripMs(double distanceKm, double routeFactor, double fibreKmPerMs) {
        return 2.0 * distanceKm * routeFactor / fibreKmPerMs;
    }
}
