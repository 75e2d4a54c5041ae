package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.model.profiles.WeatherGenerator;
import dev.stargate.model.catalogue.CatalogueLoader;
import dev.stargate.model.catalogue.GridRegion;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Site;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WeatherGeneratorTest {
    private static final LoadedScenario REF = TestScenarios.load(DispatchTest.OFF_GRID);

    private static SiteProfiles year(String region, double lat, double lon) {
        GridRegion r = CatalogueLoader.builtIn().regions().get(region);
        Site s = REF.scenario().sites().get(0);
        Site at = new Site(s.name(), null, s.country(), region, lat, lon, null, null, s.cooling(), s.grid(), s.energy(),
                s.phases(), s.partners(), null, s.sources(), s.assumptions());
        return WeatherGenerator.generate(at, r, REF.scenario().weather(), LocalDate.of(2027, 1, 1), 8760, 3600, 42);
    }

    private static double mean(double[] a) {
        return Arrays.stream(a).average().orElse(0);
    }

    @Test
    void capacityFactorsMatchTheRegionOverAYear() {
        SiteProfiles p = year("ercot", 32.5, -99.8);
        GridRegion r = CatalogueLoader.builtIn().regions().get("ercot");
        assertThat(mean(p.solarCf())).isCloseTo(r.solarCapacityFactor(), within(1e-6));
        assertThat(mean(p.windCf())).isCloseTo(r.windCapacityFactor(), within(1e-6));
        assertThat(Arrays.stream(p.solarCf()).max().orElse(0)).isLessThanOrEqualTo(1);
        assertThat(Arrays.stream(p.windCf()).min().orElse(0)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void temperatureFollowsTheClimateNormals() {
        SiteProfiles p = year("ercot", 32.5, -99.8);
        GridRegion r = CatalogueLoader.builtIn().regions().get("ercot");
        assertThat(mean(p.temperatureDegC())).isCloseTo(r.meanTempDegC(), within(0.1));
        double max = Arrays.stream(p.temperatureDegC()).max().orElse(0);
        assertThat(max).isLessThanOrEqualTo(r.meanTempDegC() + r.seasonalAmplitudeDegC() + r.diurnalAmplitudeDegC() + 1e-9);
        // July is warmer than January
        double jan = mean(Arrays.copyOfRange(p.temperatureDegC(), 0, 744));
        double jul = mean(Arrays.copyOfRange(p.temperatureDegC(), 181 * 24, 212 * 24));
        assertThat(jul - jan).isGreaterThan(r.seasonalAmplitudeDegC());
    }

    @Test
    void theSunSetsAndTheArcticWinterIsDark() {
        SiteProfiles texas = year("ercot", 32.5, -99.8);
        // local solar midnight at -99.8° is ~06:39 UTC: no sun in the 06:00 UTC hour
        for (int d = 0; d < 365; d++) assertThat(texas.solarCf()[d * 24 + 6]).isZero();
        SiteProfiles narvik = year("norway_no4", 68.3, 17.5);
        // polar night around the winter solstice at 68 °N
        double december = mean(Arrays.copyOfRange(narvik.solarCf(), 350 * 24, 360 * 24));
        assertThat(december).isZero();
    }
}
