package com.actiontracker.alerts;

/** The alert lifecycle, modelled on Prometheus Alertmanager's firing, repeat and resolved notifications. */
public enum AlertType {
    OVERDUE,
    REMINDER,
    RESOLVED
}
