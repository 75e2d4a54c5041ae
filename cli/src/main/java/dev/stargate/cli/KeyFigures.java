package dev.stargate.cli;

import dev.stargate.engine.results.RunSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** The key figures of a run, for people. */
final class KeyFigures {
    private KeyFigures() {}

    static void print(RunSummary s, PrintWriter out) {
        var f = s.fleet();
        var p = s.power();
        var e = s.energy();
        var t = s.training();
        var i = s.inference();
        var c = s.cost();
        out.println("Key figures — " + s.scenario());
        out.printf(Locale.ROOT, "  fleet       %d sites, %s accelerators, %s MW IT capacity%n", f.sites(), Format.count(f.accelerators()), Format.mw(f.itCapacityMw()));
        out.printf(Locale.ROOT, "  power       peak IT %s MW, peak facility %s MW, mean PUE %.3f%n", Format.mw(p.peakItMw()), Format.mw(p.peakFacilityMw()), p.meanPue());
        out.printf(Locale.ROOT, "  energy      %s GWh facility, carbon %s kt CO2, carbon-free %.1f%%, water %s thousand m3%n",
                Format.fixed(e.facilityMwh() / 1000, 0), Format.fixed(e.carbonTonnes() / 1000, 0), e.carbonFreeShare() * 100, Format.fixed(e.waterM3() / 1000, 0));
        StringBuilder mix = new StringBuilder();
        e.bySourceMwh().forEach((k, v) -> {
            if (v > 0) mix.append(String.format(Locale.ROOT, "%s %.1f%%, ", k, 100 * v / Math.max(1e-9, e.facilityMwh())));
        });
        if (mix.length() > 0) out.println("  mix         " + mix.substring(0, mix.length() - 2) + (e.shortfallMwh() > 0 ? String.format(Locale.ROOT, "; shortfall %s MWh", Format.fixed(e.shortfallMwh(), 0)) : ""));
        out.printf(Locale.ROOT, "  training    %d jobs, %d started, %d completed, %s interruptions, goodput %.1f%%, %s accelerator-hours lost%n",
                t.jobs(), t.started(), t.completed(), Format.count(t.interruptions()), t.goodput() * 100, Format.fixed(t.lostAcceleratorHours(), 0));
        if (i.demandTokens() > 0) {
            out.printf(Locale.ROOT, "  inference   %s tokens demanded, %s served, SLO attainment %.1f%%, p99 RTT %.0f ms, mean TTFT %.0f ms%n",
                    Format.sci(i.demandTokens()), Format.sci(i.servedTokens()), i.sloAttainment() * 100, i.p99RttMs(), i.meanTtftMs());
        }
        out.printf(Locale.ROOT, "  cost        $%sB (capital $%sB, O&M $%sB, energy $%sB); $%.2f per accelerator-hour%s%n",
                Format.billions(c.totalUsd()), Format.billions(c.capexUsd()), Format.billions(c.opexUsd()), Format.billions(c.energyUsd()),
                c.usdPerAcceleratorHour(), i.servedTokens() > 0 ? String.format(Locale.ROOT, ", $%.3f per million tokens", c.usdPerMillionTokens()) : "");
        out.printf(Locale.ROOT, "  engine      %s events in %.2f s (seed %d)%n", Format.count(s.engine().events()), s.engine().wallSeconds(), s.engine().seed());
    }
}
