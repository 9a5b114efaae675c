package dev.handoff.analytics.domain.model;

/** A rollup span a bucket adds ({@code sign} 1) or takes away (-1): a day less its hours outside the bucket. */
public record SignedPiece(RollupPiece piece, int sign) {}
