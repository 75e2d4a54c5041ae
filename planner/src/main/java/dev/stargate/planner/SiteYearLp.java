package dev.stargate.planner;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import java.util.ArrayList;
import java.util.List;

/**
 * The least cost of powering an option's IT load in one year: which energy capacities to hold
 * (annualised capex and fixed O&amp;M) and how to dispatch them hour by hour on the representative
 * days (fuel, variable O&amp;M, grid purchases, the carbon price, unserved energy at a penalty).
 * Battery state of charge is continuous within each day (the day repeats). The IT load, the
 * option's emission budget and its non-carbon-free energy budget enter as fixed variables, so
 * their reduced costs are the slopes of this cost: exact Benders cuts for the master problem.
 *
 * <p>Costs inside the LP are in millions of USD for numerical conditioning; results are in USD.
 */
final class SiteYearLp {
    static final double SCALE = 1e-6;
    private static final int HOURS = 24;

    final PlanProblem.Option option;
    final int year;
    private final MPSolver lp;
    private final MPVariable load;
    private final MPVariable emissionBudget;
    private final MPVariable dirtyBudget;
    private MPVariable emissionSlack;
    private MPVariable dirtySlack;
    private final MPVariable inadequacy;
    private final double slackPenaltyUsd;
    private final List<EnergyTechnology> techs = new ArrayList<>();
    private final List<MPVariable> capacity = new ArrayList<>();
    /** Hourly supply of each technology (discharge for storage), and grid import and unserved energy. */
    private final List<MPVariable[]> supply = new ArrayList<>();
    private final MPVariable[] grid;
    private final MPVariable[] unserved;
    private final List<MPVariable[]> charges = new ArrayList<>();
    private final double[] weight;
    private final double[] loadPerMw;
    private final double loadFactor;
    private final double gridCarbonKgPerMwh;
    private final double gridCarbonFreeShare;

    /** The result of one solve at given budgets. */
    /**
     * @param costUsd the LP's value: energy cost plus any budget overrun at the shortfall penalty
     * @param overrunPenaltyUsd the part of costUsd that is the penalty, not cost
     */
    record Result(double costUsd, double overrunPenaltyUsd, double inadequateMw, double slopeUsdPerMw, double slopeUsdPerTonne, double slopeUsdPerDirtyMwh,
                  double[] capacityMw, double[] energyMwh, double chargedMwh, double gridMwh, double unservedMwh,
                  double emissionsTonnes, double carbonFreeMwh, double facilityMwh, double interconnectValueUsdPerMw) {}

    SiteYearLp(PlanProblem pp, PlanProblem.Option o, int y, boolean carbonBudget, boolean cleanBudget) {
        this.option = o;
        this.year = y;
        this.lp = MPSolver.createSolver("GLOP");
        if (lp == null) throw new IllegalStateException("the GLOP solver is not available");
        this.loadFactor = pp.planning.itLoadFactor();
        this.slackPenaltyUsd = pp.planning.shortfallPenaltyUsd();
        double carbonPricePerKg = pp.carbonPriceUsdPerTonne / 1000.0;
        this.gridCarbonKgPerMwh = o.region.carbonKgPerMwh();
        this.gridCarbonFreeShare = o.region.carbonFreeShare();
        MPObjective obj = lp.objective();
        obj.setMinimization();
        load = lp.makeNumVar(0, 0, "itMw");
        emissionBudget = carbonBudget ? lp.makeNumVar(0, 0, "emissionBudget") : null;
        dirtyBudget = cleanBudget ? lp.makeNumVar(0, 0, "dirtyBudget") : null;

        // capacities held this year: committed ones at least, new ones only once buildable
        for (EnergyTechnology t : o.energyOptions) {
            double committed = 0;
            for (PlanProblem.CommittedAsset a : o.committedAssets) if (a.tech() == t && a.fromYear() <= y) committed += a.mw();
            double upper = pp.buildable(t, y) ? MPSolver.infinity() : committed;
            MPVariable k = lp.makeNumVar(committed, upper, "cap_" + t.name());
            double annualPerMw = 1000.0 * (t.capexUsdPerKw() * PlanProblem.crf(pp.discountRate, t.lifetimeYears()) + t.fixedOmUsdPerKwYear());
            obj.setCoefficient(k, annualPerMw * SCALE);
            techs.add(t);
            capacity.add(k);
        }
        // adequacy: grid, derated firm capacity and storage power cover the facility's peak (every
        // accelerator busy on the hottest hour, whatever the average load factor); a shortfall is
        // priced at the planning penalty per MW
        MPConstraint adequacy = lp.makeConstraint(-pp.interconnectMw(o, y), MPSolver.infinity(), "adequacy");
        adequacy.setCoefficient(load, -o.designPue);
        for (int t = 0; t < techs.size(); t++) {
            EnergyTechnology tech = techs.get(t);
            if (tech.kind() == EnergyKind.FIRM) adequacy.setCoefficient(capacity.get(t), tech.capacityFactor());
            if (tech.kind() == EnergyKind.STORAGE) adequacy.setCoefficient(capacity.get(t), 1);
        }
        inadequacy = lp.makeNumVar(0, MPSolver.infinity(), "inadequacyMw");
        adequacy.setCoefficient(inadequacy, 1);
        obj.setCoefficient(inadequacy, slackPenaltyUsd * SCALE);
        int days = o.days.length;
        int n = days * HOURS;
        weight = new double[n];
        loadPerMw = new double[n];
        grid = new MPVariable[n];
        unserved = new MPVariable[n];
        double gridCap = pp.interconnectMw(o, y);
        double gridPrice = o.site != null && o.site.grid().priceUsdPerMwh() != null ? o.site.grid().priceUsdPerMwh() : o.region.priceUsdPerMwh();
        MPConstraint emissions = carbonBudget ? lp.makeConstraint(-MPSolver.infinity(), 0, "emissions") : null;
        MPConstraint dirty = cleanBudget ? lp.makeConstraint(-MPSolver.infinity(), 0, "dirty") : null;
        if (emissions != null) {
            emissions.setCoefficient(emissionBudget, -1);
            MPVariable slack = lp.makeNumVar(0, MPSolver.infinity(), "emissionSlack");
            emissionSlack = slack;
            emissions.setCoefficient(slack, -1);
            obj.setCoefficient(slack, pp.planning.shortfallPenaltyUsd() * SCALE);
        }
        if (dirty != null) {
            dirty.setCoefficient(dirtyBudget, -1);
            MPVariable slack = lp.makeNumVar(0, MPSolver.infinity(), "dirtySlack");
            dirtySlack = slack;
            dirty.setCoefficient(slack, -1);
            obj.setCoefficient(slack, pp.planning.shortfallPenaltyUsd() * SCALE);
        }
        MPVariable[][] perTech = new MPVariable[techs.size()][n];
        MPVariable[][] charge = new MPVariable[techs.size()][];
        MPVariable[][] soc = new MPVariable[techs.size()][];
        for (int i = 0; i < techs.size(); i++) {
            if (techs.get(i).kind() == EnergyKind.STORAGE) {
                charge[i] = new MPVariable[n];
                soc[i] = new MPVariable[n];
            }
        }
        List<Object[]> chargeRows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            RepresentativeDays.Day day = o.days[d];
            for (int h = 0; h < HOURS; h++) {
                int i = d * HOURS + h;
                weight[i] = day.weight();
                loadPerMw[i] = loadFactor * o.cooling.pue(day.temperatureDegC()[h]);
                MPConstraint balance = lp.makeConstraint(0, 0);
                balance.setCoefficient(load, -loadPerMw[i]);
                // batteries charge only from on-site solar and wind, so what they deliver is carbon-free
                MPConstraint cleanCharge = null;
                grid[i] = lp.makeNumVar(0, gridCap, "");
                balance.setCoefficient(grid[i], 1);
                obj.setCoefficient(grid[i], day.weight() * (gridPrice + carbonPricePerKg * gridCarbonKgPerMwh) * SCALE);
                if (emissions != null) emissions.setCoefficient(grid[i], day.weight() * gridCarbonKgPerMwh / 1000.0);
                if (dirty != null) dirty.setCoefficient(grid[i], day.weight() * (1 - gridCarbonFreeShare));
                unserved[i] = lp.makeNumVar(0, MPSolver.infinity(), "");
                balance.setCoefficient(unserved[i], 1);
                obj.setCoefficient(unserved[i], day.weight() * pp.planning.unservedEnergyUsdPerMwh() * SCALE);
                for (int t = 0; t < techs.size(); t++) {
                    EnergyTechnology tech = techs.get(t);
                    MPVariable k = capacity.get(t);
                    MPVariable s = lp.makeNumVar(0, MPSolver.infinity(), "");
                    perTech[t][i] = s;
                    balance.setCoefficient(s, 1);
                    MPConstraint cap = lp.makeConstraint(-MPSolver.infinity(), 0);
                    cap.setCoefficient(s, 1);
                    switch (tech.kind()) {
                        case SOLAR, WIND -> {
                            double cf = tech.kind() == EnergyKind.SOLAR ? day.solarCf()[h] : day.windCf()[h];
                            cap.setCoefficient(k, -cf);
                            if (cleanCharge == null) cleanCharge = lp.makeConstraint(-MPSolver.infinity(), 0);
                            cleanCharge.setCoefficient(k, -cf);
                        }
                        case FIRM -> {
                            cap.setCoefficient(k, -tech.capacityFactor());
                            double perMwh = tech.fuelUsdPerMwh() + tech.variableOmUsdPerMwh()
                                    + carbonPricePerKg * tech.directCarbonKgPerMwh();
                            obj.setCoefficient(s, day.weight() * perMwh * SCALE);
                            if (emissions != null) emissions.setCoefficient(s, day.weight() * tech.directCarbonKgPerMwh() / 1000.0);
                            if (dirty != null && !tech.carbonFree()) dirty.setCoefficient(s, day.weight());
                        }
                        case STORAGE -> {
                            cap.setCoefficient(k, -1); // discharge power
                            MPVariable c = lp.makeNumVar(0, MPSolver.infinity(), "");
                            MPVariable e = lp.makeNumVar(0, MPSolver.infinity(), "");
                            charge[t][i] = c;
                            soc[t][i] = e;
                            balance.setCoefficient(c, -1);
                            chargeRows.add(new Object[] {i, c});
                            MPConstraint chargePower = lp.makeConstraint(-MPSolver.infinity(), 0);
                            chargePower.setCoefficient(c, 1);
                            chargePower.setCoefficient(k, -1);
                            MPConstraint energy = lp.makeConstraint(-MPSolver.infinity(), 0);
                            energy.setCoefficient(e, 1);
                            energy.setCoefficient(k, -tech.storageHours());
                        }
                        case GRID -> { }
                    }
                }
                MPConstraint clean = cleanCharge;
                for (Object[] cr : chargeRows) {
                    if (clean == null) clean = lp.makeConstraint(-MPSolver.infinity(), 0); // no solar or wind: no charging
                    clean.setCoefficient((MPVariable) cr[1], 1);
                }
                chargeRows.clear();
            }
        }
        // state of charge carries hour to hour, and each day ends where it began
        for (int t = 0; t < techs.size(); t++) {
            if (soc[t] == null) continue;
            double eta = techs.get(t).roundTripEfficiency();
            for (int d = 0; d < days; d++) {
                for (int h = 0; h < HOURS; h++) {
                    int i = d * HOURS + h;
                    int prev = d * HOURS + (h + HOURS - 1) % HOURS;
                    MPConstraint c = lp.makeConstraint(0, 0);
                    c.setCoefficient(soc[t][i], 1);
                    c.setCoefficient(soc[t][prev], -1);
                    c.setCoefficient(charge[t][i], -eta);
                    c.setCoefficient(perTech[t][i], 1);
                }
            }
        }
        for (int t = 0; t < techs.size(); t++) {
            supply.add(perTech[t]);
            charges.add(charge[t]);
        }
    }

    /** Solves at an IT load (MW) and, where present, the emission and dirty-energy budgets. */
    Result solve(double itMw, double emissionBudgetTonnes, double dirtyBudgetMwh) {
        load.setBounds(itMw, itMw);
        if (emissionBudget != null) emissionBudget.setBounds(emissionBudgetTonnes, emissionBudgetTonnes);
        if (dirtyBudget != null) dirtyBudget.setBounds(dirtyBudgetMwh, dirtyBudgetMwh);
        MPSolver.ResultStatus status = lp.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("site LP " + option.name + " year " + year + " ended " + status);
        }
        double[] caps = new double[techs.size()];
        double[] energy = new double[techs.size()];
        for (int t = 0; t < techs.size(); t++) {
            caps[t] = capacity.get(t).solutionValue();
            double e = 0;
            for (int i = 0; i < weight.length; i++) e += weight[i] * supply.get(t)[i].solutionValue();
            energy[t] = e;
        }
        double gridMwh = 0;
        double unservedMwh = 0;
        double loadMwh = 0;
        double interconnectValue = 0;
        double charged = 0;
        for (int i = 0; i < weight.length; i++) {
            gridMwh += weight[i] * grid[i].solutionValue();
            unservedMwh += weight[i] * unserved[i].solutionValue();
            loadMwh += weight[i] * loadPerMw[i] * itMw;
            interconnectValue += Math.max(0, -grid[i].reducedCost());
            for (MPVariable[] c : charges) if (c != null) charged += weight[i] * c[i].solutionValue();
        }
        double emissions = gridMwh * gridCarbonKgPerMwh / 1000.0;
        // carbon-free energy consumed: clean supply, less what went into batteries, plus what came out
        double carbonFree = gridMwh * gridCarbonFreeShare - charged;
        for (int t = 0; t < techs.size(); t++) {
            EnergyTechnology tech = techs.get(t);
            emissions += energy[t] * tech.directCarbonKgPerMwh() / 1000.0;
            if (tech.carbonFree()) carbonFree += energy[t];
        }
        double overrun = slackPenaltyUsd * ((emissionSlack == null ? 0 : emissionSlack.solutionValue())
                + (dirtySlack == null ? 0 : dirtySlack.solutionValue()) + inadequacy.solutionValue());
        return new Result(lp.objective().value() / SCALE, overrun, inadequacy.solutionValue(), load.reducedCost() / SCALE,
                emissionBudget == null ? 0 : emissionBudget.reducedCost() / SCALE,
                dirtyBudget == null ? 0 : dirtyBudget.reducedCost() / SCALE,
                caps, energy, charged, gridMwh, unservedMwh, emissions, Math.max(0, carbonFree), loadMwh,
                interconnectValue / SCALE);
    }

    int variables() {
        return lp.numVariables();
    }

    int constraints() {
        return lp.numConstraints();
    }

    List<EnergyTechnology> technologies() {
        return techs;
    }

    void release() {
        lp.delete();
    }
}
