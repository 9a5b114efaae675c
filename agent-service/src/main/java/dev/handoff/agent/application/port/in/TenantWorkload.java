package dev.handoff.agent.application.port.in;

/**
 * One tenant's agents at work: who is online, how many of them hold at least one chat, and the chats held.
 * Load is {@code activeChats / agentsOnline}, or busy agents over online ones.
 */
public record TenantWorkload(String tenant, long agentsOnline, long agentsBusy, long activeChats) {}
