package dev.stargate.model.scenario;

/** Which work is slowed first when a site cannot get all the power it needs. */
public enum PowerCapOrder { TRAINING_FIRST, INFERENCE_FIRST }
