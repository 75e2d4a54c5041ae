package dev.stargate.engine.energy;

import java.util.Arrays;

/**
 * The energy balance of one site over one step, MWh, reused from step to step. It always holds
 * that Σ bySource + shortfall = facility demand, and that the variable generation equals what was
 * used on site + charged + exported + curtailed.
 */
public final class StepEnergy {
    public final double[] bySourceMwh;
    public double demandMwh;
    public double chargedMwh;
    public double exportedMwh;
    public double curtailedMwh;
    public double shortfallMwh;
    public double variableGeneratedMwh;
    public double carbonKg;
    public double carbonFreeMwh;
    public double costUsd;
    public double stateOfChargeMwh;

    public StepEnergy(int sources) {
        bySourceMwh = new double[sources];
    }

    void clear() {
        Arrays.fill(bySourceMwh, 0);
        demandMwh = chargedMwh = exportedMwh = curtailedMwh = shortfallMwh = 0;
        variableGeneratedMwh = carbonKg = carbonFreeMwh = costUsd = 0;
    }

    public double suppliedMwh() {
        double s = 0;
        for (double v : bySourceMwh) s += v;
        return s;
    }
}
