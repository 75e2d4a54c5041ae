package dev.stargate.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInCatalogueTest {
    private final Catalogue c = CatalogueLoader.builtIn();

    @Test
    void holdsTheEntriesTheProgrammeNeeds() {
        assertThat(c.accelerators()).containsKeys("nvidia_a100_sxm_80gb", "nvidia_h100_sxm", "nvidia_h200_sxm",
                "nvidia_b200_hgx", "nvidia_gb200", "nvidia_gb300", "amd_mi300x", "amd_mi355x", "google_tpu_v5p");
        assertThat(c.cooling()).containsKeys("air", "liquid_dtc", "immersion");
        assertThat(c.energy()).containsKeys("grid", "solar_pv", "wind_onshore", "battery_4h", "gas_ccgt",
                "gas_engine", "nuclear_large", "nuclear_smr", "hydro");
        assertThat(c.regions()).containsKeys("ercot", "pjm", "miso_michigan", "miso_wisconsin", "el_paso_electric",
                "uae", "norway_no4", "gb", "argentina", "india");
    }

    @Test
    void everyEntryNamesItsSource() {
        List<List<String>> sources = new java.util.ArrayList<>();
        c.accelerators().values().forEach(a -> sources.add(a.source()));
        c.cooling().values().forEach(a -> sources.add(a.source()));
        c.energy().values().forEach(a -> sources.add(a.source()));
        c.regions().values().forEach(a -> sources.add(a.source()));
        c.models().values().forEach(a -> sources.add(a.source()));
        assertThat(sources).allSatisfy(s -> assertThat(s).isNotEmpty());
    }

    @Test
    void keysBecomeNames() {
        c.accelerators().forEach((k, a) -> assertThat(a.name()).isEqualTo(k));
        assertThat(c.regions().get("norway_no4").country()).isEqualTo("NO");
    }

    @Test
    void figuresMatchTheReference() {
        Accelerator h100 = c.accelerators().get("nvidia_h100_sxm");
        assertThat(h100.bf16DenseTflops()).isEqualTo(989);
        assertThat(h100.peakFlopPerSecond(Precision.FP8)).isEqualTo(1979e12);
        // A100 has no FP8: FP8 work runs at the BF16 rate
        assertThat(c.accelerators().get("nvidia_a100_sxm_80gb").peakFlopPerSecond(Precision.FP8)).isEqualTo(312e12);
        assertThat(c.regions().get("ercot").carbonKgPerMwh()).isEqualTo(318);
    }

    @Test
    void pueRisesAboveTheKnee() {
        CoolingTechnology air = c.cooling().get("air");
        assertThat(air.pue(air.pueKneeDegC() - 10)).isEqualTo(air.pueBase());
        assertThat(air.pue(air.pueKneeDegC() + 10)).isCloseTo(air.pueBase() + 10 * air.pueSlopePerDegC(), org.assertj.core.data.Offset.offset(1e-12));
    }
}
