package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import org.junit.jupiter.api.Test;

class RoutingTest {
    static String scenario(String services) {
        return """
                name: routing
                horizon: {start: 2027-01-01, end: 2027-01-02}
                sites:
                  - name: narvik
                    country: "NO"
                    region: norway_no4
                    latitudeDeg: 68.3
                    longitudeDeg: 17.5
                    cooling: liquid_dtc_closed_loop
                    grid: {interconnectMw: 200}
                    phases:
                      - {name: hall, onlineDate: 2026-06-01, accelerator: nvidia_gb300, acceleratorCount: 50000}
                  - name: abu_dhabi
                    country: AE
                    region: uae
                    latitudeDeg: 24.4
                    longitudeDeg: 54.4
                    cooling: liquid_dtc
                    grid: {interconnectMw: 200}
                    phases:
                      - {name: hall, onlineDate: 2026-06-01, accelerator: nvidia_gb300, acceleratorCount: 50000}
                inference:
                  regions:
                    - {name: frankfurt, country: DE, latitudeDeg: 50.11, longitudeDeg: 8.68, utcOffsetH: 1}
                    - {name: dubai, country: AE, latitudeDeg: 25.20, longitudeDeg: 55.27, utcOffsetH: 4}
                    - {name: sydney, country: AU, latitudeDeg: -33.87, longitudeDeg: 151.21, utcOffsetH: 10}
                  services:
                """ + services;
    }

    private static double total(HourlySites h, String column, int site) {
        double s = 0;
        for (int k = 0; k < h.steps(); k++) s += h.get(column, k, site);
        return s;
    }

    @Test
    void residencyKeepsRequestsInAllowedCountries() {
        RunResult r = TestScenarios.run(scenario("""
                    - name: eu-private
                      model: llama405b_class
                      allowedCountries: ["NO"]
                      demand:
                        - {region: frankfurt, meanTokensPerSecond: 1.0e6}
                        - {region: dubai, meanTokensPerSecond: 1.0e6}
                """));
        HourlySites h = r.hourlySites();
        assertThat(total(h, "inferenceAccelerators", 0)).isPositive();
        assertThat(total(h, "inferenceAccelerators", 1)).isZero();
    }

    @Test
    void nearestSiteServesFirstAndTheBudgetIsHonoured() {
        RunResult r = TestScenarios.run(scenario("""
                    - name: chat
                      model: llama70b_class
                      rttBudgetMs: 120
                      demand:
                        - {region: dubai, meanTokensPerSecond: 1.0e6}
                        - {region: sydney, meanTokensPerSecond: 1.0e6}
                """));
        HourlySites h = r.hourlySites();
        // Dubai is ~100 km from Abu Dhabi and ~5,000 km from Narvik: the nearest site takes it all
        assertThat(total(h, "inferenceAccelerators", 1)).isPositive();
        assertThat(total(h, "inferenceAccelerators", 0)).isZero();
        // Sydney is ~12,000 km from Abu Dhabi: RTT ≈ 2 × 12,000 × 1.5 / 204 ≈ 177 ms > 120 ms budget
        RunSummary.ServiceDetail chat = r.summary().inference().services().get(0);
        assertThat(chat.servedTokens()).isCloseTo(chat.demandTokens() / 2, within(chat.demandTokens() * 1e-9));
        assertThat(r.summary().inference().p99RttMs()).isLessThanOrEqualTo(120);
    }

    @Test
    void spillGoesToTheFartherSiteWhenTheNearestIsFull() {
        RunResult r = TestScenarios.run(scenario("""
                    - name: chat
                      model: llama70b_class
                      rttBudgetMs: 200
                      demand:
                        - {region: dubai, meanTokensPerSecond: 5.0e8}
                """));
        HourlySites h = r.hourlySites();
        // 5e8 tokens/s needs ~57,000 GB300 at 8,800 tokens/s each: more than Abu Dhabi's 50,000
        assertThat(total(h, "inferenceAccelerators", 0)).isPositive();
        assertThat(r.summary().inference().sloAttainment()).isGreaterThan(0.99);
    }

    @Test
    void residencyBoundDemandIsNotCrowdedOutByFlexibleDemand() {
        // chat is listed first and alone could fill Narvik (nearest to Frankfurt); the Norway-only
        // service must still be served there, and chat spills to Abu Dhabi
        RunResult r = TestScenarios.run(scenario("""
                    - name: chat
                      model: llama70b_class
                      rttBudgetMs: 200
                      diurnalAmplitude: 0
                      demand:
                        - {region: frankfurt, meanTokensPerSecond: 4.4e8}
                    - name: eu-private
                      model: llama405b_class
                      allowedCountries: ["NO"]
                      diurnalAmplitude: 0
                      demand:
                        - {region: frankfurt, meanTokensPerSecond: 1.0e7}
                """));
        var services = r.summary().inference().services();
        assertThat(services.get(1).name()).isEqualTo("eu-private");
        assertThat(services.get(1).sloAttainment()).isCloseTo(1, within(1e-9));
        assertThat(services.get(0).sloAttainment()).isCloseTo(1, within(1e-9));
        assertThat(total(r.hourlySites(), "inferenceAccelerators", 1)).isPositive(); // chat spilled to Abu Dhabi
    }
}
