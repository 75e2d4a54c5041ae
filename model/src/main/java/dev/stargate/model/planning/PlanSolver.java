package dev.stargate.model.planning;

/** MILP solvers the planner's master problem can use (through Google OR-Tools). */
public enum PlanSolver { SCIP, CBC, HIGHS }
