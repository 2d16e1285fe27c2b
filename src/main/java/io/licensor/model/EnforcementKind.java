package io.licensor.model;

/** What an enforcement cost or recovery was for. */
public enum EnforcementKind {
    MONITORING, AUDIT, LEGAL, OTHER
}
