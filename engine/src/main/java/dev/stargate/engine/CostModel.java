package dev.stargate.engine;

import dev.stargate.engine.core.World;
import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;

/**
 * Capital and fixed operating cost attributed to the horizon, per site. Each capital item (the
 * accelerators and facility of a phase, an owned energy asset) is annualised over its lifetime at
 * the discount rate (capital recovery factor) and charged for the part of the horizon it is
 * online. Contracted (PPA) assets carry no capex: their price is paid per MWh in dispatch.
 */
final class CostModel {
    private static final double SECONDS_PER_YEAR = 365.25 * 86400.0;

    final double[] capexUsd;
    final double[] opexUsd;
    final double[] investmentUsd;

    CostModel(World w) {
        int n = w.sites.length;
        capexUsd = new double[n];
        opexUsd = new double[n];
        investmentUsd = new double[n];
        double r = w.scenario.economics().discountRate();
        for (int i = 0; i < w.phasePool.length; i++) {
            int p = w.phasePool[i];
            int s = w.poolSite[p];
            if (w.phaseTime[i] >= w.horizonSeconds) continue;
            double years = (w.horizonSeconds - w.phaseTime[i]) / SECONDS_PER_YEAR;
            Accelerator a = w.poolType[p];
            int count = w.phaseCount[i];
            double accCapex = count * a.unitPriceUsd();
            double itMw = count * a.systemPowerW() / 1e6;
            double facCapex = itMw * w.cooling[s].capexUsdPerMw();
            capexUsd[s] += accCapex * crf(r, a.lifetimeYears()) * years + facCapex * crf(r, w.cooling[s].lifetimeYears()) * years;
            opexUsd[s] += itMw * w.cooling[s].fixedOmUsdPerMwYear() * years;
            investmentUsd[s] += accCapex + facCapex;
        }
        for (int s = 0; s < n; s++) {
            for (World.Asset a : w.siteAssets.get(s)) {
                EnergyTechnology t = a.tech();
                if (a.spec().priceUsdPerMwh() != null || t.kind() == EnergyKind.GRID) continue;
                long online = (long) a.onlineStep() * w.stepSeconds;
                if (online >= w.horizonSeconds) continue;
                double years = (w.horizonSeconds - online) / SECONDS_PER_YEAR;
                double kw = a.spec().capacityMw() * 1000.0;
                double capex = kw * t.capexUsdPerKw();
                capexUsd[s] += capex * crf(r, t.lifetimeYears()) * years;
                opexUsd[s] += kw * t.fixedOmUsdPerKwYear() * years;
                investmentUsd[s] += capex;
            }
        }
    }

    /** Capital recovery factor: the annual payment that repays 1 over {@code years} at rate {@code r}. */
    static double crf(double r, double years) {
        if (r <= 0) return 1.0 / years;
        return r / (1 - Math.pow(1 + r, -years));
    }
}
