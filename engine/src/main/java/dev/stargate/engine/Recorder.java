package dev.stargate.engine;

import dev.stargate.engine.core.World;
import dev.stargate.engine.energy.Sources;
import dev.stargate.engine.energy.StepEnergy;
import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.InferenceHourly;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Accumulates run totals every step and, when asked, keeps the hourly tables. */
final class Recorder {
    static final List<String> FIXED_COLUMNS = List.of("itMw", "facilityMw", "pue", "temperatureDegC",
            "solarCf", "windCf", "trainingAccelerators", "inferenceAccelerators", "trainingCap", "inferenceCap",
            "variableGeneratedMwh", "chargedMwh", "exportedMwh", "curtailedMwh", "shortfallMwh", "stateOfChargeMwh", "carbonKg",
            "carbonFreeMwh", "waterM3", "energyCostUsd");

    private final World w;
    private final Sources sources;
    private final boolean hourly;
    private final List<String> columns = new ArrayList<>();
    private final double[][] values;
    private final double[] infDemand;
    private final double[] infWithin;
    private final double[] infBeyond;
    private final double[] infDropped;
    private final int services;

    // totals
    final double[] bySourceMwh;
    final double[] siteFacilityMwh;
    final double[] siteCarbonKg;
    final double[] siteEnergyUsd;
    double itMwh;
    double facilityMwh;
    double carbonKg;
    double carbonFreeMwh;
    double waterM3;
    double curtailedMwh;
    double exportedMwh;
    double shortfallMwh;
    double energyUsd;
    double carbonUsd;
    double peakItMw;
    double peakFacilityMw;
    private double stepIt;
    private double stepFacility;
    double demandTokens;
    double servedWithinTokens;
    double servedBeyondTokens;
    double droppedTokens;
    final double[] serviceDemand;
    final double[] serviceWithin;
    final double[] serviceServed;
    /** Inference accelerator-seconds (busy equivalents), for pricing tokens. */
    double inferenceAcceleratorSeconds;

    Recorder(World w, Sources sources, int services, boolean hourly) {
        this.w = w;
        this.sources = sources;
        this.hourly = hourly;
        this.services = services;
        columns.addAll(FIXED_COLUMNS);
        for (String s : sources.names()) columns.add(s + "Mwh");
        int rows = hourly ? w.steps * w.sites.length : 0;
        values = new double[columns.size()][rows];
        int infRows = hourly ? w.steps * services : 0;
        infDemand = new double[infRows];
        infWithin = new double[infRows];
        infBeyond = new double[infRows];
        infDropped = new double[infRows];
        bySourceMwh = new double[sources.size()];
        siteFacilityMwh = new double[w.sites.length];
        siteCarbonKg = new double[w.sites.length];
        siteEnergyUsd = new double[w.sites.length];
        serviceDemand = new double[services];
        serviceWithin = new double[services];
        serviceServed = new double[services];
    }

    /** One site's closed step. */
    void site(int k, int s, double itMwhStep, double pue, double temperature, double solarCf, double windCf,
              double trainingAcc, double inferenceAcc, double capTr, double capInf, StepEnergy e, double carbonPricePerKg) {
        double hours = w.stepHours();
        double facility = e.demandMwh;
        double water = w.cooling[s].wueLPerKwh() * itMwhStep; // L/kWh × MWh = m³ (1 MWh = 1000 kWh, 1 m³ = 1000 L)
        itMwh += itMwhStep;
        facilityMwh += facility;
        siteFacilityMwh[s] += facility;
        siteCarbonKg[s] += e.carbonKg;
        siteEnergyUsd[s] += e.costUsd;
        carbonKg += e.carbonKg;
        carbonFreeMwh += e.carbonFreeMwh;
        waterM3 += water;
        curtailedMwh += e.curtailedMwh;
        exportedMwh += e.exportedMwh;
        shortfallMwh += e.shortfallMwh;
        energyUsd += e.costUsd;
        carbonUsd += e.carbonKg * carbonPricePerKg;
        for (int i = 0; i < bySourceMwh.length; i++) bySourceMwh[i] += e.bySourceMwh[i];
        stepIt += itMwhStep / hours;
        stepFacility += facility / hours;
        if (!hourly) return;
        int row = k * w.sites.length + s;
        double[] v = {itMwhStep / hours, facility / hours, pue, temperature, solarCf, windCf, trainingAcc, inferenceAcc,
                capTr, capInf, e.variableGeneratedMwh, e.chargedMwh, e.exportedMwh, e.curtailedMwh, e.shortfallMwh, e.stateOfChargeMwh,
                e.carbonKg, e.carbonFreeMwh, water, e.costUsd};
        for (int c = 0; c < v.length; c++) values[c][row] = v[c];
        for (int i = 0; i < bySourceMwh.length; i++) values[FIXED_COLUMNS.size() + i][row] = e.bySourceMwh[i];
    }

    /** Closes a fleet-wide step (after every site's). */
    void endStep() {
        peakItMw = Math.max(peakItMw, stepIt);
        peakFacilityMw = Math.max(peakFacilityMw, stepFacility);
        stepIt = 0;
        stepFacility = 0;
    }

    void inference(int k, double[] demand, double[] within, double[] beyond, double busyAccelerators) {
        double secs = w.stepSeconds;
        inferenceAcceleratorSeconds += busyAccelerators * secs;
        for (int v = 0; v < services; v++) {
            double dropped = Math.max(0, demand[v] - within[v] - beyond[v]);
            demandTokens += demand[v] * secs;
            servedWithinTokens += within[v] * secs;
            servedBeyondTokens += beyond[v] * secs;
            droppedTokens += dropped * secs;
            serviceDemand[v] += demand[v] * secs;
            serviceWithin[v] += within[v] * secs;
            serviceServed[v] += (within[v] + beyond[v]) * secs;
            if (hourly) {
                int row = k * services + v;
                infDemand[row] = demand[v];
                infWithin[row] = within[v];
                infBeyond[row] = beyond[v];
                infDropped[row] = dropped;
            }
        }
    }

    HourlySites hourlySites(long startEpochSecond) {
        if (!hourly) return null;
        return new HourlySites(Arrays.stream(w.sites).map(x -> x.name()).toList(), List.copyOf(columns), w.steps,
                w.scenario.horizon().stepMinutes(), startEpochSecond, values);
    }

    InferenceHourly inferenceHourly(List<String> serviceNames, long startEpochSecond) {
        if (!hourly) return null;
        return new InferenceHourly(serviceNames, w.steps, w.scenario.horizon().stepMinutes(), startEpochSecond,
                infDemand, infWithin, infBeyond, infDropped);
    }
}
