package dev.stargate.engine.results;

import java.util.List;
import java.util.Map;

/**
 * The run summary: one JSON document whose keys are documented in docs/run-summary.md and kept
 * stable. Units are in the names; energy in MWh, power in MW, money in USD, time in UTC ISO text.
 */
public record RunSummary(
        String scenario,
        Fleet fleet,
        Power power,
        Energy energy,
        Training training,
        Inference inference,
        Cost cost,
        List<PartnerShare> partners,
        Engine engine) {

    public record Fleet(int sites, long accelerators, double itCapacityMw, Map<String, Long> acceleratorsByType,
                        double acceleratorHours) {}

    public record Power(double peakItMw, double peakFacilityMw, double meanItMw, double meanFacilityMw, double meanPue) {}

    public record Energy(double facilityMwh, double itMwh, Map<String, Double> bySourceMwh, double carbonTonnes,
                         double carbonFreeShare, double waterM3, double curtailedMwh, double exportedMwh,
                         double shortfallMwh) {}

    public record Training(int jobs, int started, int completed, long interruptions, double goodput,
                           double allocatedAcceleratorHours, double productiveAcceleratorHours,
                           double lostAcceleratorHours, List<JobDetail> jobsDetail) {}

    public record JobDetail(String name, int accelerators, int hotSpares, String site, String accelerator,
                            String start, String end, double progress, int interruptions, double goodput,
                            double allocatedAcceleratorHours, double lostAcceleratorHours, double checkpointIntervalMinutes,
                            double costUsd) {}

    public record Inference(double demandTokens, double servedTokens, double servedWithinSloTokens,
                            double droppedTokens, double sloAttainment, double p99RttMs, double meanTtftMs,
                            double meanTpotMs, List<ServiceDetail> services, List<RegionDetail> regions) {}

    public record RegionDetail(String name, double demandTokens, double servedTokens, double servedWithinSloTokens,
                               double sloAttainment) {}

    public record ServiceDetail(String name, double demandTokens, double servedTokens, double servedWithinSloTokens,
                                double sloAttainment) {}

    public record Cost(double capexUsd, double opexUsd, double energyUsd, double carbonUsd, double totalUsd,
                       double investmentUsd, double usdPerAcceleratorHour, double usdPerMillionTokens) {}

    public record PartnerShare(String name, double itCapacityMw, double accelerators, double facilityMwh,
                               double carbonTonnes, double costUsd) {}

    public record Engine(long events, double wallSeconds, long seed, int steps, int stepMinutes) {}
}
