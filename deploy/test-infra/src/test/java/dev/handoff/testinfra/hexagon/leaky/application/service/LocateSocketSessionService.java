package dev.handoff.testinfra.hexagon.leaky.application.service;

/** A transport word inside a name, not only at its start. */
public class LocateSocketSessionService {}
